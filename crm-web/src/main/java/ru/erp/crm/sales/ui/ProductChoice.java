package ru.erp.crm.sales.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import ru.erp.crm.catalog.boundary.ProductView;

/** A catalogue product as the editor's autocomplete offers it: the first price of its price list prefills the line. */
public record ProductChoice(Long id, String name, String unitName, BigDecimal price, BigDecimal vatRate)
        implements Serializable {

    static ProductChoice of(ProductView product) {
        return new ProductChoice(product.id(), product.name(), product.unit() == null ? null : product.unit().name(),
                product.prices().isEmpty() ? null : product.prices().get(0).unitPrice(), product.vatRate());
    }

    public String label() {
        return name + (price == null ? "" : " — " + price.toPlainString());
    }
}

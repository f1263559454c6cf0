package ru.erp.crm.catalog.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the partner says about a product (Товар), checked against the catalogue's rules when it is
 * built, so that applying it to a {@link Product} cannot fail half-way. A null name means "not
 * given": a new product needs one, an existing product keeps its own.
 */
public record ProductDetails(String article, String name, String description, String unitCode, String unitName,
                             BigDecimal vatRate, String vatLabel, String barcode,
                             List<ProductPropertyValue> propertyValues, List<ProductRequisite> requisites) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ProductDetails {
        article = Texts.optional("article (Артикул)", article, Product.ARTICLE_LENGTH);
        name = Texts.optional("name (Наименование)", name, Product.NAME_LENGTH);
        description = description == null || description.isBlank() ? null : description.strip();
        unitCode = Texts.optional("unit code (БазоваяЕдиница/Код)", unitCode, 16);
        unitName = Texts.optional("unit name (БазоваяЕдиница)", unitName, 100);
        if (vatRate != null && (vatRate.signum() < 0 || vatRate.compareTo(HUNDRED) > 0)) {
            throw new InvalidCatalogDataException("VAT rate (СтавкаНалога) " + vatRate.toPlainString() + " is not between 0 and 100");
        }
        vatRate = vatRate == null ? null : vatRate.setScale(2, RoundingMode.HALF_UP);
        vatLabel = Texts.optional("VAT label (СтавкаНалога/Ставка)", vatLabel, 50);
        barcode = Texts.optional("barcode (Штрихкод)", barcode, 200);
        propertyValues = propertyValues == null ? List.of() : List.copyOf(propertyValues);
        requisites = requisites == null ? List.of() : List.copyOf(requisites);
    }
}

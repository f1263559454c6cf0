package ru.erp.crm.catalog.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as lists and cards show it, with its prices and stock. {@code parentId} is the product
 * a variant (a characteristic) belongs to, null for a product of its own; {@code group} and
 * {@code unit} are null when the product has none.
 */
public record ProductView(Long id, String externalId, String article, String name, GroupRef group, UnitView unit,
                          BigDecimal vatRate, boolean active, List<PriceView> prices, List<StockView> stock,
                          BigDecimal totalQuantity, Long parentId) {

    public ProductView {
        prices = List.copyOf(prices);
        stock = List.copyOf(stock);
    }

    public record GroupRef(Long id, String externalId, String name) {
    }

    public record UnitView(String code, String name) {
    }

    public record PriceView(String priceTypeExternalId, String priceTypeName, BigDecimal unitPrice, String currency,
                            String unit) {
    }

    public record StockView(String warehouseExternalId, String warehouseName, BigDecimal quantity) {
    }
}

package ru.erp.crm.catalog.entity;

import java.math.BigDecimal;

/**
 * The quantity of a product at one warehouse, kept to three decimals (rounded half up), as the
 * column stores it. It may be negative: 1C reports negative stock when shipments were entered
 * before receipts, and the CRM shows what 1C says.
 */
public record StockQuantity(Warehouse warehouse, BigDecimal quantity) {

    public StockQuantity {
        if (warehouse == null) {
            throw new IllegalArgumentException("A stock quantity needs its warehouse");
        }
        quantity = StockReport.quantity("quantity at warehouse " + warehouse.externalId(), quantity);
    }
}

package ru.erp.crm.catalog.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock of one product as the partner reports it: quantities per warehouse, or only a total,
 * or both. A warehouse named twice counts with the sum of its quantities; the total is the one
 * given, or else the sum over the warehouses. {@code quantities} is null when the report has none
 * (then the stored ones stay and only the total changes).
 */
public record StockReport(List<StockQuantity> quantities, BigDecimal total) {

    private static final BigDecimal LIMIT = new BigDecimal("1E15");

    public StockReport {
        if (quantities == null && total == null) {
            throw new IllegalArgumentException("A stock report needs quantities or a total");
        }
        if (quantities != null) {
            Map<String, StockQuantity> byWarehouse = new LinkedHashMap<>();
            for (StockQuantity quantity : quantities) {
                byWarehouse.merge(quantity.warehouse().externalId(), quantity,
                        (first, second) -> new StockQuantity(first.warehouse(), first.quantity().add(second.quantity())));
            }
            quantities = List.copyOf(byWarehouse.values());
            if (total == null) {
                total = quantities.stream().map(StockQuantity::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
        }
        total = quantity("total quantity", total);
    }

    /** A quantity as number(18,3) keeps it: three decimals, rounded half up. */
    static BigDecimal quantity(String what, BigDecimal quantity) {
        if (quantity == null) {
            throw new InvalidCatalogDataException(what + " (Количество) is missing");
        }
        if (quantity.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidCatalogDataException(what + " (Количество) " + quantity.toPlainString() + " is too large");
        }
        return quantity.setScale(3, RoundingMode.HALF_UP);
    }
}

package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as a user states it, before validation. {@code date} defaults to today; the currency
 * is roubles. {@code priceTypeId} prices the product lines that give no price of their own.
 */
public record OrderDraft(Long customerId, LocalDate date, String comment, String deliveryAddress,
                         LocalDate requestedShipDate, Long priceTypeId, List<Line> lines) {

    public OrderDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * A line: a catalogue product ({@code productId}: its name, article, unit and VAT rate come
     * from the catalogue) or a free line (name, unit, price and VAT rate as given; {@code vatRate}
     * null is "без НДС"). Prices include VAT; {@code discountPercent} null is none.
     */
    public record Line(Long productId, String name, String unitCode, String unitName, BigDecimal quantity,
                       BigDecimal price, BigDecimal discountPercent, BigDecimal vatRate) {
    }
}

package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A confirmed sales order as the 1C site exchange hands it to 1C ({@code type=sale&mode=query}):
 * everything a CommerceML {@code Документ} «Заказ товара» carries, in the CRM's words.
 * {@code guid} is the order's stable Ид towards 1C (1C keeps it and sends it back with its status
 * changes); {@code version} is the order version handed out, so a change made after the query is
 * handed out again.
 */
public record OrderDocument(long orderId, String guid, long version, String number, LocalDate date, LocalTime time,
                            String currency, BigDecimal total, BigDecimal vatTotal, Buyer buyer, List<Line> lines,
                            String comment, OrderState state) {

    public OrderDocument {
        lines = List.copyOf(lines);
    }

    /**
     * The customer as 1C needs it to find or create its counterparty: {@code externalId} is the
     * counterparty's 1C GUID when the CRM knows one, otherwise the CRM's own stable id.
     */
    public record Buyer(String externalId, String name, String fullName, String inn, String kpp, boolean person,
                        String legalAddress) {
    }

    /**
     * One order line. {@code productExternalId} is the product's 1C Ид (with {@code #characteristic}
     * for a variant), null for a free line; {@code discount} is a percentage already taken off
     * {@code amount} (price × quantity × (1 − discount/100)); {@code vatRate} null means "без НДС".
     */
    public record Line(String productExternalId, String article, String name, String unitCode, String unitName,
                       BigDecimal price, BigDecimal quantity, BigDecimal discount, BigDecimal amount,
                       BigDecimal vatRate, BigDecimal vatAmount) {
    }

    /** The order's state in the words of the protocol's requisites (Отменен, Заказ оплачен...). */
    public record OrderState(String status, boolean cancelled, boolean paid, boolean shipmentAllowed,
                             Instant changedAt) {
    }
}

package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as a user states it, before validation. Lines are stated as order lines are
 * (a catalogue product priced from {@code priceTypeId} unless a price is given, or a free line);
 * {@code headerDiscountPercent} applies on the whole after each line's own discount. {@code date}
 * defaults to today; {@code signerId} (our side) defaults to the author.
 *
 * @param opportunityId the opportunity the proposal belongs to, if any
 */
public record ProposalDraft(Long customerId, Long contactPersonId, Long opportunityId, Long signerId, Long priceTypeId,
                            LocalDate date, LocalDate validUntil, BigDecimal headerDiscountPercent,
                            List<OrderDraft.Line> lines) {

    public ProposalDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The lines as an order draft states them, for the order rules they share. */
    public OrderDraft asOrderDraft() {
        return new OrderDraft(customerId, date, null, null, null, priceTypeId, lines);
    }
}

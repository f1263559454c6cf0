package ru.erp.crm.sales.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.erp.crm.sales.boundary.OrderDraft;
import ru.erp.crm.sales.boundary.ProposalDraft;

/**
 * The JSON body of creating or replacing a proposal's header and current lines; dates as
 * YYYY-MM-DD, lines as an order's, {@code version} is required to replace (or If-Match).
 */
public record ProposalRequest(Long customerId, Long contactPersonId, Long opportunityId, Long signerId, Long priceTypeId,
                              LocalDate date, LocalDate validUntil, BigDecimal headerDiscountPercent,
                              List<OrderDraft.Line> lines, Long version) {

    ProposalDraft toDraft() {
        return new ProposalDraft(customerId, contactPersonId, opportunityId, signerId, priceTypeId, date, validUntil,
                headerDiscountPercent, lines);
    }
}

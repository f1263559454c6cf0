package ru.erp.crm.sales.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import ru.erp.crm.sales.boundary.OpportunityDraft;

/**
 * The JSON body of opening or changing an opportunity. On a change only the terms count (title,
 * contactPersonId, amount, currency, expectedCloseDate) and {@code version} (or If-Match) is required.
 */
public record OpportunityRequest(String title, Long customerId, Long contactPersonId, Long modelId, Long curatorId,
                                 BigDecimal amount, String currency, LocalDate expectedCloseDate, Long leadId,
                                 Long version) {

    OpportunityDraft toDraft() {
        return new OpportunityDraft(title, customerId, contactPersonId, modelId, curatorId, amount, currency,
                expectedCloseDate, leadId);
    }
}

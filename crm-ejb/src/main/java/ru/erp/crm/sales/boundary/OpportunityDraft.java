package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new opportunity as a user (or a lead's conversion) asks for it. Left out: {@code modelId} is
 * the first active sales model, {@code curatorId} the customer's curator or, without one, the
 * assignment rules' pick (the caller when no rule matches), {@code currency} RUB.
 */
public record OpportunityDraft(String title, Long customerId, Long contactPersonId, Long modelId, Long curatorId,
                               BigDecimal amount, String currency, LocalDate expectedCloseDate, Long leadId) {
}

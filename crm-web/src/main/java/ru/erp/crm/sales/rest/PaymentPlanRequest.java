package ru.erp.crm.sales.rest;

import java.util.List;
import ru.erp.crm.sales.boundary.PaymentPlanDraft;

/**
 * The JSON body of replacing an order's payment plan: every entry (dates as YYYY-MM-DD; an entry
 * with its {@code id} is revised, one without is new, one left out is removed) and the plan's
 * version as read, 0 for an order without a plan (or If-Match).
 */
public record PaymentPlanRequest(List<PaymentPlanDraft.Entry> entries, Long version) {

    PaymentPlanDraft toDraft() {
        return new PaymentPlanDraft(entries);
    }
}

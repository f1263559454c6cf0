package ru.erp.crm.sales.rest;

import java.math.BigDecimal;

/** The JSON body of booking what has been paid of a planned payment, in total; the plan's version (or If-Match). */
public record PaidAmountRequest(BigDecimal paidAmount, Long version) {
}

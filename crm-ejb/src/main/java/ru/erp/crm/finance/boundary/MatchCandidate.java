package ru.erp.crm.finance.boundary;

import java.math.BigDecimal;

/**
 * An open invoice a payment could be matched to by hand, and the amount matching would book by
 * default: the invoice's open amount, or what is left of the payment when that is less.
 */
public record MatchCandidate(InvoiceView invoice, BigDecimal amount) {
}

package ru.erp.crm.finance.entity;

/**
 * How much of an incoming payment is allocated to invoices. UNMATCHED payments (nothing allocated)
 * queue for FINANCE; IGNORED ones were judged to need no invoice (a refund, a loan, a mistake).
 */
public enum PaymentStatus {
    MATCHED, PARTLY_MATCHED, UNMATCHED, IGNORED
}

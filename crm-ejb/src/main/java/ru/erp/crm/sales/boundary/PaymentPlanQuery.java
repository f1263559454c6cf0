package ru.erp.crm.sales.boundary;

/** Whose planned payments a due or overdue list shows: one customer, one curator's (login) customers, or both; null is any. */
public record PaymentPlanQuery(Long customerId, String curator) {
}

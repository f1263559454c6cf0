package ru.erp.crm.finance.boundary;

import java.time.LocalDate;
import ru.erp.crm.finance.entity.PaymentStatus;

/** Filters of the payment list; null means "any". The period is by payment date, both days included. */
public record PaymentQuery(PaymentStatus status, LocalDate from, LocalDate to, String payerInn) {
}

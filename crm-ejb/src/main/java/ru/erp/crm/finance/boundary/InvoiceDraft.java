package ru.erp.crm.finance.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new invoice as a user or an import states it; {@code currency} defaults to RUB. */
public record InvoiceDraft(Long customerId, String number, LocalDate date, BigDecimal amount, String currency,
                           LocalDate dueDate, String externalId) {
}

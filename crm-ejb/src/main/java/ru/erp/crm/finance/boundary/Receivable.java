package ru.erp.crm.finance.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money a customer is expected to pay: an open invoice's remaining amount and when it is due. */
public record Receivable(Long invoiceId, String number, LocalDate dueDate, BigDecimal openAmount, String currency,
                         boolean overdue) {
}

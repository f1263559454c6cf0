package ru.erp.crm.finance.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.finance.entity.InvoiceStatus;

/** An invoice as lists and cards show it; {@code overdue} as of the day it was read. */
public record InvoiceView(Long id, String number, LocalDate date, Long customerId, String customerName,
                          BigDecimal amount, BigDecimal paidAmount, BigDecimal openAmount, String currency,
                          LocalDate dueDate, InvoiceStatus status, boolean overdue, String externalId, long version) {

    public static InvoiceView of(Invoice invoice, LocalDate today) {
        return new InvoiceView(invoice.id(), invoice.number(), invoice.date(), invoice.customer().id(),
                invoice.customer().name(), invoice.amount(), invoice.paidAmount(), invoice.openAmount(),
                invoice.currency(), invoice.dueDate(), invoice.status(), invoice.overdue(today),
                invoice.externalId().orElse(null), invoice.version());
    }
}

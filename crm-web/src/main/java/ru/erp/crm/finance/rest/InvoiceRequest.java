package ru.erp.crm.finance.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import ru.erp.crm.finance.boundary.InvoiceDraft;

/** The JSON body of creating an invoice; dates as YYYY-MM-DD, currency RUB unless given. */
public record InvoiceRequest(Long customerId, String number, LocalDate date, BigDecimal amount, String currency,
                             LocalDate dueDate, String externalId) {

    InvoiceDraft toDraft() {
        return new InvoiceDraft(customerId, number, date, amount, currency, dueDate, externalId);
    }
}

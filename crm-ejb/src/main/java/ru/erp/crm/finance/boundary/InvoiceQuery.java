package ru.erp.crm.finance.boundary;

import java.time.LocalDate;
import ru.erp.crm.finance.entity.InvoiceStatus;

/**
 * Filters of the invoice list; null means "any". {@code overdue = true}: open and due before today;
 * {@code false}: everything else.
 */
public record InvoiceQuery(Long customerId, InvoiceStatus status, Boolean overdue, LocalDate dueFrom, LocalDate dueTo) {
}

package ru.erp.crm.finance.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Overdue invoices summed up for one customer ({@code customerId} set) or for one curator's
 * customers ({@code customerId} null; {@code curator} null for customers nobody curates).
 */
public record OverdueDebt(Long customerId, String customerName, String curator, long customers, long invoices,
                          BigDecimal overdueAmount, LocalDate oldestDueDate) {
}

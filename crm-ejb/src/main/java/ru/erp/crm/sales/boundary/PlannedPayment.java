package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import ru.erp.crm.sales.entity.PaymentPlanEntry;
import ru.erp.crm.sales.entity.PlanEntryStatus;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.security.entity.UserAccount;

/** A row of the due and overdue lists: one planned payment with its order, customer and curator. */
public record PlannedPayment(long entryId, long orderId, String orderNumber, long customerId, String customerName,
                             String curator, LocalDate dueDate, BigDecimal amount, BigDecimal paidAmount,
                             BigDecimal openAmount, String currency, PlanEntryStatus status) {

    static PlannedPayment of(PaymentPlanEntry entry, LocalDate today) {
        SalesOrder order = entry.plan().order();
        return new PlannedPayment(entry.id(), order.id(), order.number(), order.customer().id(),
                order.customer().name(), order.customer().curator().map(UserAccount::login).orElse(null),
                entry.dueDate(), entry.amount(), entry.paidAmount(), entry.openAmount(), order.currency(),
                entry.status(today));
    }
}

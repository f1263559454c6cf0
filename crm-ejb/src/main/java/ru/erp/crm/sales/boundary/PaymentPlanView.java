package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import ru.erp.crm.sales.entity.OrderStatus;
import ru.erp.crm.sales.entity.PaymentPlan;
import ru.erp.crm.sales.entity.PaymentPlanEntry;
import ru.erp.crm.sales.entity.PlanEntryStatus;
import ru.erp.crm.sales.entity.SalesOrder;

/**
 * An order's payment plan: its entries by due date, what they add up to and what has been paid.
 * {@code balanced} is whether the entries add up to the order's total (or there are none);
 * {@code version} 0 is an order without a plan yet, which the first replacement names.
 */
public record PaymentPlanView(long orderId, String orderNumber, OrderStatus orderStatus, long customerId,
                              String customerName, String currency, BigDecimal orderTotal, BigDecimal plannedTotal,
                              BigDecimal paidTotal, boolean balanced, List<EntryView> entries, long version) {

    public PaymentPlanView {
        entries = List.copyOf(entries);
    }

    static PaymentPlanView of(PaymentPlan plan, LocalDate today) {
        SalesOrder order = plan.order();
        return new PaymentPlanView(order.id(), order.number(), order.status(), order.customer().id(),
                order.customer().name(), order.currency(), order.total(), plan.plannedTotal(), plan.paidTotal(),
                plan.balanced(), plan.entries().stream()
                        .sorted(Comparator.comparing(PaymentPlanEntry::dueDate)
                                .thenComparing(PaymentPlanEntry::id, Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(entry -> EntryView.of(entry, today)).toList(),
                plan.version());
    }

    /** An order nobody has planned payments for. */
    static PaymentPlanView none(SalesOrder order) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new PaymentPlanView(order.id(), order.number(), order.status(), order.customer().id(),
                order.customer().name(), order.currency(), order.total(), zero, zero, true, List.of(), 0);
    }

    /** One planned payment; {@code reminded} once its curator has the reminder task. */
    public record EntryView(long id, LocalDate dueDate, BigDecimal amount, BigDecimal paidAmount, PlanEntryStatus status,
                            int reminderDaysBefore, String comment, boolean reminded, Long reminderActivityId,
                            long version) {

        static EntryView of(PaymentPlanEntry entry, LocalDate today) {
            return new EntryView(entry.id(), entry.dueDate(), entry.amount(), entry.paidAmount(), entry.status(today),
                    entry.reminderDaysBefore(), entry.comment(), entry.reminded(), entry.reminderActivityId(),
                    entry.version());
        }
    }
}

package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.Reminder;
import ru.erp.crm.sales.entity.PaymentPlanEntry;
import ru.erp.crm.sales.entity.SalesOrder;

/**
 * Reminds a customer's curator of a planned payment. The CRM's notifications are activity
 * reminders ({@code Activities.dueReminders}), so the reminder is the curator's task, due at the
 * end of the working day the payment is due and reminded at the start of the working day
 * {@code reminderDaysBefore} days earlier: time to call the customer's accountant while the
 * money can still come in time.
 */
public final class PaymentReminder {

    /** The end of the working day, by which a payment due that day has come in or has not. */
    static final LocalTime WORKDAY_END = LocalTime.of(18, 0);
    static final String ACTOR = "system";

    private PaymentReminder() {
    }

    /** Creates the curator's task and remembers it on the entry, which is then never reminded of again. */
    public static Activity send(EntityManager em, PaymentPlanEntry entry, ZoneId zone, Instant now) {
        SalesOrder order = entry.plan().order();
        Instant dueAt = entry.dueDate().atTime(WORKDAY_END).atZone(zone).toInstant();
        String comment = entry.comment() == null ? "" : "; " + entry.comment();
        Activity task = new Activity(ActivityKind.TASK, null, null, dueAt,
                "Ожидается оплата по заказу " + order.number() + ": " + entry.openAmount().toPlainString() + " "
                        + order.currency() + " до " + entry.dueDate(),
                "Клиент: " + order.customer().name() + "; по плану " + entry.amount().toPlainString() + " "
                        + order.currency() + ", оплачено " + entry.paidAmount().toPlainString() + comment,
                order.customer().curator().orElseThrow(), ACTOR, now);
        task.concern(order.customer(), null, null);
        task.remindAt(entry.remindOn().atTime(Reminder.WORKDAY_START).atZone(zone).toInstant());
        em.persist(task);
        em.flush();
        entry.remindedBy(task.id());
        return task;
    }
}

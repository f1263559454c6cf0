package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.sales.entity.Opportunity;

/**
 * Tells a curator that an opportunity became theirs. The CRM's notifications are activity
 * reminders (what {@code Activities.dueReminders} shows the user), so the notice is a task due
 * today and reminded at once: it appears among the new curator's notifications and today's tasks.
 */
public final class CuratorNotice {

    private CuratorNotice() {
    }

    public static Activity send(EntityManager em, Opportunity opportunity, ActionPlan plan, String by, Instant now) {
        Activity notice = new Activity(ActivityKind.TASK, null, null, plan.dueAfter(0),
                "Вам передана сделка " + opportunity.number() + " «" + opportunity.title() + "»",
                "Клиент: " + opportunity.customer().name() + "; передал: " + by, opportunity.curator(), by, now);
        notice.concern(opportunity.customer(), opportunity.contactPerson().orElse(null), opportunity.id());
        notice.remindAt(now);
        em.persist(notice);
        return notice;
    }
}

package ru.erp.crm.activity.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.security.control.AccessScope;

/**
 * Activity lists as JPQL that always carries the caller's read scope
 * ({@link ActivityAccess#visiblePredicate}). Every list starts from a customer or from owners,
 * so it is a range scan of one index: (counterparty, calendar time) for a customer's card,
 * (owner, calendar time) for lists and calendars, (owner, status, due time) for open tasks and
 * (owner, status, reminder time) for reminders.
 */
public final class ActivitySearch {

    private static final String FROM = " from Activity a left join a.customer c";

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String order;

    private ActivitySearch(AccessScope scope, String order) {
        this.order = order;
        where.append(" and ").append(ActivityAccess.visiblePredicate("a", "c", scope, parameters));
    }

    /** A customer's activities, or else one owner's (the caller's unless named), latest first. */
    public static ActivitySearch of(Long customerId, Long ownerId, ActivityStatus status, AccessScope scope) {
        ActivitySearch search = new ActivitySearch(scope, " order by a.calendarAt desc, a.id desc");
        if (customerId != null) {
            search.add("c.id = :customerId", "customerId", customerId);
        }
        if (ownerId != null || customerId == null) {
            search.add("a.owner.id = :ownerId", "ownerId", ownerId != null ? ownerId : scope.userId());
        }
        if (status != null) {
            search.add("a.status = :status", "status", status);
        }
        return search;
    }

    /** The caller's planned tasks and e-mails past their due time, the longest overdue first. */
    public static ActivitySearch overdue(AccessScope scope, Instant now) {
        ActivitySearch search = openTasks(scope);
        search.add("a.dueAt < :now", "now", now);
        return search;
    }

    /** The caller's planned tasks and e-mails due in [from, to), earliest first. */
    public static ActivitySearch due(AccessScope scope, Instant from, Instant to) {
        ActivitySearch search = openTasks(scope);
        search.add("a.dueAt >= :from", "from", from);
        search.add("a.dueAt < :to", "to", to);
        return search;
    }

    /** The caller's reminders due by {@code now} and not yet acknowledged, earliest first. */
    public static ActivitySearch reminders(AccessScope scope, Instant now) {
        ActivitySearch search = new ActivitySearch(scope, " order by a.remindAt, a.id");
        search.add("a.owner.id = :ownerId", "ownerId", scope.userId());
        search.add("a.status = :status", "status", ActivityStatus.PLANNED);
        search.add("a.remindAt <= :now", "now", now);
        search.where.append(" and a.reminderAcknowledgedAt is null");
        return search;
    }

    /** What the owners do in [from, to), cancelled activities left out, in calendar order. */
    public static ActivitySearch calendar(AccessScope scope, Collection<Long> ownerIds, Instant from, Instant to) {
        ActivitySearch search = new ActivitySearch(scope, " order by a.calendarAt, a.id");
        search.add("a.owner.id in :owners", "owners", List.copyOf(ownerIds));
        search.add("a.calendarAt >= :from", "from", from);
        search.add("a.calendarAt < :to", "to", to);
        search.add("a.status <> :cancelled", "cancelled", ActivityStatus.CANCELLED);
        return search;
    }

    private static ActivitySearch openTasks(AccessScope scope) {
        ActivitySearch search = new ActivitySearch(scope, " order by a.dueAt, a.id");
        search.add("a.owner.id = :ownerId", "ownerId", scope.userId());
        search.add("a.status = :status", "status", ActivityStatus.PLANNED);
        return search;
    }

    public TypedQuery<Activity> select(EntityManager em, PageRequest page) {
        return all(em).setFirstResult(page.offset()).setMaxResults(page.size());
    }

    public TypedQuery<Activity> all(EntityManager em) {
        TypedQuery<Activity> select = em.createQuery("select a" + FROM + where + order, Activity.class);
        parameters.forEach(select::setParameter);
        return select;
    }

    public long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("select count(a)" + FROM + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private void add(String predicate, String name, Object value) {
        where.append(" and ").append(predicate);
        parameters.put(name, value);
    }
}

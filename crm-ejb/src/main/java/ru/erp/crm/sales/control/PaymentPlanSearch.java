package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.sales.boundary.PaymentPlanQuery;
import ru.erp.crm.sales.entity.OrderStatus;
import ru.erp.crm.sales.entity.PaymentPlanEntry;
import ru.erp.crm.security.control.AccessScope;

/**
 * Unpaid planned payments of orders that are not cancelled, as JPQL that carries the caller's
 * customer scope. Over all customers the (settled, due date) index gives the range; for one
 * customer its orders (counterparty index) lead to their entries (order, due date index).
 */
public final class PaymentPlanSearch {

    private static final String FROM = " from PaymentPlanEntry e join e.plan p join p.order o join o.customer c"
            + " left join c.curator u";

    private final StringBuilder where = new StringBuilder(" where e.settled = :settled and o.status <> :cancelled");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private PaymentPlanSearch(AccessScope scope, PaymentPlanQuery query) {
        parameters.put("settled", false);
        parameters.put("cancelled", OrderStatus.CANCELLED);
        where.append(" and ").append(CustomerAccess.visiblePredicate("c", scope, parameters));
        if (query.customerId() != null) {
            add("c.id = :customerId", "customerId", query.customerId());
        }
        if (query.curator() != null && !query.curator().isBlank()) {
            add("u.login = :curator", "curator", query.curator().strip());
        }
    }

    /** Due from today to {@code days} days ahead, both included. */
    public static PaymentPlanSearch due(AccessScope scope, PaymentPlanQuery query, LocalDate today, int days) {
        PaymentPlanSearch search = new PaymentPlanSearch(scope, query);
        search.add("e.dueDate >= :today", "today", today);
        search.add("e.dueDate <= :until", "until", today.plusDays(days));
        return search;
    }

    /** Past their due date: {@code today} itself is still in time. */
    public static PaymentPlanSearch overdue(AccessScope scope, PaymentPlanQuery query, LocalDate today) {
        PaymentPlanSearch search = new PaymentPlanSearch(scope, query);
        search.add("e.dueDate < :today", "today", today);
        return search;
    }

    /**
     * Entries whose curator should get the reminder task today, over all customers (the timer has
     * no caller): not reminded yet, the reminder day reached, not due before today, a curator to tell.
     */
    public static TypedQuery<PaymentPlanEntry> remindersDue(EntityManager em, LocalDate today) {
        return em.createQuery("select e" + FROM + " where e.reminded = :reminded and e.remindOn <= :today"
                        + " and e.dueDate >= :today and e.settled = :settled and o.status <> :cancelled"
                        + " and u.id is not null order by e.remindOn, e.id", PaymentPlanEntry.class)
                .setParameter("reminded", false).setParameter("settled", false)
                .setParameter("today", today).setParameter("cancelled", OrderStatus.CANCELLED);
    }

    public TypedQuery<PaymentPlanEntry> select(EntityManager em, PageRequest page) {
        TypedQuery<PaymentPlanEntry> select = em.createQuery("select e" + FROM + where + " order by e.dueDate, e.id",
                PaymentPlanEntry.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(page.offset()).setMaxResults(page.size());
    }

    public long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("select count(e)" + FROM + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private void add(String predicate, String name, Object value) {
        where.append(" and ").append(predicate);
        parameters.put(name, value);
    }
}

package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.sales.entity.OrderEventKind;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.sales.entity.SalesOrderEvent;

/**
 * Writes an order's history, and puts what matters to the customer (confirmed, cancelled, what
 * 1C and logistics reported) on the customer's timeline too: that timeline is the audit history
 * of the customer record, so such an event is also an {@link AuditAction#ORDER_EVENT} entry there.
 */
public final class OrderHistory {

    private final EntityManager em;
    private final AuditTrail audit;

    public OrderHistory(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    /** An event of the order's own history only. */
    public void record(SalesOrder order, OrderEventKind kind, String actor, String summary, Instant now) {
        em.persist(new SalesOrderEvent(order, kind, actor, summary, now));
    }

    /** An event of the order's history that also appears on its customer's timeline. */
    public void recordForCustomer(SalesOrder order, OrderEventKind kind, String actor, String summary, Instant now) {
        record(order, kind, actor, summary, now);
        audit.record(AuditAction.ORDER_EVENT, CustomerAccess.ENTITY, order.customer().id(),
                "Order " + order.number() + ": " + summary, null, null);
    }

    public List<SalesOrderEvent> of(SalesOrder order) {
        return em.createQuery("select e from SalesOrderEvent e where e.order = :order order by e.occurredAt, e.id",
                SalesOrderEvent.class).setParameter("order", order).getResultList();
    }
}

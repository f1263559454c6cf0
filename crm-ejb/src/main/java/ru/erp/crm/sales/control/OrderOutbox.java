package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.boundary.Outbox;
import ru.erp.crm.exchange.boundary.OutboxDestinations;
import ru.erp.crm.sales.entity.SalesOrder;

/**
 * What leaves the CRM when an order changes, written to the outbox in the transaction of the
 * change. Entries name the version the change wrote, so the pending changes are flushed first.
 */
public final class OrderOutbox {

    private final EntityManager em;
    private final Outbox outbox;

    public OrderOutbox(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /** A confirmed order: 1C takes it at its next query, logistics gets a shipment request. */
    public void confirmed(SalesOrder order) {
        em.flush();
        outbox.enqueue(OutboxDestinations.ONE_C_SITE, MessageKinds.ONE_C_ORDERS, order.id(), order.version());
        outbox.enqueue(OutboxDestinations.LOGISTICS, MessageKinds.SHIPMENT_REQUEST, order.id(), order.version());
    }

    /** A confirmed order the CRM cancelled: 1C learns of it at its next query. */
    public void cancelledInCrm(SalesOrder order) {
        em.flush();
        outbox.enqueue(OutboxDestinations.ONE_C_SITE, MessageKinds.ONE_C_ORDERS, order.id(), order.version());
        withdrawShipmentRequest(order);
    }

    /** A cancelled order ships nothing: a shipment request not sent yet is taken back. */
    public void withdrawShipmentRequest(SalesOrder order) {
        outbox.withdraw(OutboxDestinations.LOGISTICS, order.id(), "order " + order.number() + " cancelled");
    }
}

package ru.erp.crm.exchange.boundary;

import jakarta.persistence.EntityManager;

/** Wires the exchange beans other components' boundary tests call, as the container would. */
public final class ExchangeBeans {

    private ExchangeBeans() {
    }

    public static void useEntityManager(EntityManager em, Outbox outbox) {
        outbox.em = em;
    }

    public static void useEntityManager(EntityManager em, ExchangeInbox inbox) {
        inbox.em = em;
    }
}

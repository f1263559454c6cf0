package ru.erp.crm.exchange.entity;

/** Where an outbox entry stands on its way out. */
public enum OutboxStatus {
    /** Waiting for its destination. */
    PENDING,
    /** Claimed by a route that is sending it, or handed to a receiver that has not confirmed it yet. */
    HANDED_OUT,
    /** Delivered: the queue took it, or the receiver confirmed it. */
    SENT,
    /** Given up after too many failed attempts, or withdrawn before it left; the last error says which. */
    FAILED
}

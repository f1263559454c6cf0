package ru.erp.crm.sales.entity;

/** What happened to an order, as its history tells it. */
public enum OrderEventKind {
    CREATED,
    UPDATED,
    CONFIRMED,
    CANCELLED,
    /** The order was in an answer to 1C's query. */
    HANDED_TO_1C,
    /** 1C confirmed the answer (mode=success). */
    EXPORTED_TO_1C,
    /** The order was created from a 1C document. */
    IMPORTED_FROM_1C,
    /** 1C reported a change of state: posted, paid, shipment allowed, cancelled, status. */
    STATUS_FROM_1C,
    /** 1C reported a shipment document for the order. */
    SHIPMENT_FROM_1C,
    /** The shipment request was put on the logistics queue. */
    SHIPMENT_REQUESTED,
    /** Putting the shipment request on the queue failed (and may be given up). */
    SHIPMENT_REQUEST_FAILED,
    /** Logistics reported the shipment's status. */
    SHIPMENT_STATUS
}

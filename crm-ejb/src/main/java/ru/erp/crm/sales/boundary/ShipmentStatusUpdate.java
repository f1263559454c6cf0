package ru.erp.crm.sales.boundary;

import java.time.Instant;

/**
 * A status message from the logistics system about one order's shipment. {@code messageId} is the
 * sender's id of the message (the idempotency key: a redelivered message changes nothing).
 */
public record ShipmentStatusUpdate(String messageId, String orderGuid, String orderNumber, Status status,
                                   Instant occurredAt, String waybillNumber, String carrier, String comment) {

    /** The shipment's life in the warehouse and on the road. */
    public enum Status {
        ACCEPTED, PICKED, SHIPPED, DELIVERED, REJECTED
    }
}

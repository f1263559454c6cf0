package ru.erp.crm.sales.boundary;

import jakarta.ejb.Local;
import java.util.List;

/**
 * What the exchanges (the 1C site-exchange servlet, the Camel routes) may do with sales orders:
 * the port between the sales component and the integration module, so neither knows the other's
 * classes. Callers are technical (a channel authenticated by its own login, a route): the
 * implementation checks no user roles.
 */
@Local
public interface OrderExchange {

    /**
     * {@code type=sale&mode=query}: the confirmed orders waiting for 1C (new, changed since their
     * last hand-over, or handed out before without a {@code success}), at most {@code limit},
     * remembered under {@code token} until 1C confirms.
     */
    List<OrderDocument> handOutToSite(String token, int limit);

    /** {@code type=sale&mode=success}: what was handed out under {@code token} reached 1C. */
    int confirmSiteHandOut(String token);

    /**
     * One batch (one transaction) of documents 1C sent: order status changes, orders created in
     * 1C, invoices, shipments. A document whose Ид and content were applied before is skipped.
     */
    DocumentImportReport applyOneCDocuments(String channel, long messageId, List<OneCDocument> batch);

    /**
     * Claims up to {@code limit} shipment requests waiting in the outbox (confirmed orders not yet
     * sent to logistics), oldest first.
     */
    List<ShipmentRequest> pendingShipmentRequests(int limit);

    /** The request was put on the logistics queue; {@code journalMessageId} is its journal entry. */
    void shipmentRequestSent(String requestId, long journalMessageId);

    /** Sending failed; the request is tried again later, and given up after a few attempts. */
    void shipmentRequestFailed(String requestId, String reason);

    /**
     * A status message from logistics, applied onto the order and the customer's timeline.
     *
     * @return false when no order has the message's order Ид or number (the caller dead-letters it)
     */
    boolean applyShipmentStatus(ShipmentStatusUpdate update);
}

package ru.erp.crm.integration.logistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import ru.erp.crm.sales.boundary.DocumentImportReport;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.boundary.OrderDocument;
import ru.erp.crm.sales.boundary.OrderExchange;
import ru.erp.crm.sales.boundary.ShipmentRequest;
import ru.erp.crm.sales.boundary.ShipmentStatusUpdate;

/**
 * The sales side of the logistics exchange for route tests: an outbox of shipment requests that
 * stay pending until confirmed or failed, and a record of every call. The 1C calls are not part
 * of the logistics exchange and fail loudly.
 */
class FakeOrderExchange implements OrderExchange {

    record Sent(String requestId, long journalMessageId) {
    }

    record Failed(String requestId, String reason) {
    }

    private final List<ShipmentRequest> pending = new ArrayList<>();
    final List<Sent> sent = new ArrayList<>();
    final List<Failed> failed = new ArrayList<>();
    final List<ShipmentStatusUpdate> statuses = new ArrayList<>();
    private Predicate<ShipmentStatusUpdate> knownOrder = update -> true;
    private RuntimeException statusFault;
    private RuntimeException sentFault;

    synchronized void pending(ShipmentRequest request) {
        pending.add(request);
    }

    /** Which status updates find their order; the others are answered with false. */
    synchronized void knownOrders(Predicate<ShipmentStatusUpdate> known) {
        knownOrder = known;
    }

    /** The next status update fails as a lost database would. */
    synchronized void failNextStatus(RuntimeException fault) {
        statusFault = fault;
    }

    /** The next confirmation of a sent request fails as a lost database would. */
    synchronized void failNextSent(RuntimeException fault) {
        sentFault = fault;
    }

    @Override
    public synchronized List<ShipmentRequest> pendingShipmentRequests(int limit) {
        return List.copyOf(pending.subList(0, Math.min(limit, pending.size())));
    }

    @Override
    public synchronized void shipmentRequestSent(String requestId, long journalMessageId) {
        if (sentFault != null) {
            RuntimeException fault = sentFault;
            sentFault = null;
            throw fault;
        }
        sent.add(new Sent(requestId, journalMessageId));
        pending.removeIf(request -> request.requestId().equals(requestId));
    }

    @Override
    public synchronized void shipmentRequestFailed(String requestId, String reason) {
        failed.add(new Failed(requestId, reason));
        // The real outbox offers it again later; one poll is what a test looks at.
        pending.removeIf(request -> request.requestId().equals(requestId));
    }

    @Override
    public synchronized boolean applyShipmentStatus(ShipmentStatusUpdate update) {
        if (statusFault != null) {
            RuntimeException fault = statusFault;
            statusFault = null;
            throw fault;
        }
        statuses.add(update);
        return knownOrder.test(update);
    }

    @Override
    public List<OrderDocument> handOutToSite(String token, int limit) {
        throw new UnsupportedOperationException("not a logistics call");
    }

    @Override
    public int confirmSiteHandOut(String token) {
        throw new UnsupportedOperationException("not a logistics call");
    }

    @Override
    public DocumentImportReport applyOneCDocuments(String channel, long messageId, List<OneCDocument> batch) {
        throw new UnsupportedOperationException("not a logistics call");
    }
}

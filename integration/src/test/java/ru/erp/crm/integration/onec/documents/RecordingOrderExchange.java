package ru.erp.crm.integration.onec.documents;

import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.erp.crm.sales.boundary.DocumentImportReport;
import ru.erp.crm.sales.boundary.DocumentImportReport.DocumentFailure;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.boundary.OrderDocument;
import ru.erp.crm.sales.boundary.OrderExchange;
import ru.erp.crm.sales.boundary.ShipmentRequest;
import ru.erp.crm.sales.boundary.ShipmentStatusUpdate;

/**
 * The sales component as the document route sees it: applies every document of a batch except
 * the ones named with {@link #refuse} (refused as the sales component refuses an order it does not
 * know), or fails the batch set with {@link #failBatch} as a database fault would, and records the
 * batches. The other operations of the port are not the route's business and fail loudly.
 */
class RecordingOrderExchange implements OrderExchange {

    static final String UNKNOWN_ORDER = "no order with this Ид or number";

    final List<List<OneCDocument>> batches = new ArrayList<>();
    final List<String> channels = new ArrayList<>();
    final List<Long> messageIds = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private int failingBatch;

    void refuse(String externalId) {
        refused.add(externalId);
    }

    /** Makes the {@code n}-th batch (1-based) fail like a lost database connection. */
    void failBatch(int n) {
        failingBatch = n;
    }

    @Override
    public synchronized DocumentImportReport applyOneCDocuments(String channel, long messageId, List<OneCDocument> batch) {
        if (batches.size() + 1 == failingBatch) {
            failingBatch = 0;
            throw new PersistenceException("connection lost");
        }
        batches.add(List.copyOf(batch));
        channels.add(channel);
        messageIds.add(messageId);
        List<DocumentFailure> failures = batch.stream()
                .filter(document -> refused.contains(document.externalId()))
                .map(document -> new DocumentFailure(document.position(), document.externalId(), UNKNOWN_ORDER))
                .toList();
        return new DocumentImportReport(batch.size(), batch.size() - failures.size(), 0, failures);
    }

    synchronized int received() {
        return batches.stream().mapToInt(List::size).sum();
    }

    @Override
    public List<OrderDocument> handOutToSite(String token, int limit) {
        throw new UnsupportedOperationException("not called by the document route");
    }

    @Override
    public int confirmSiteHandOut(String token) {
        throw new UnsupportedOperationException("not called by the document route");
    }

    @Override
    public List<ShipmentRequest> pendingShipmentRequests(int limit) {
        throw new UnsupportedOperationException("not called by the document route");
    }

    @Override
    public void shipmentRequestSent(String requestId, long journalMessageId) {
        throw new UnsupportedOperationException("not called by the document route");
    }

    @Override
    public void shipmentRequestFailed(String requestId, String reason) {
        throw new UnsupportedOperationException("not called by the document route");
    }

    @Override
    public boolean applyShipmentStatus(ShipmentStatusUpdate update) {
        throw new UnsupportedOperationException("not called by the document route");
    }
}

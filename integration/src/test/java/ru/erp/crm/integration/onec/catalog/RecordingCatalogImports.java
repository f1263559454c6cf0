package ru.erp.crm.integration.onec.catalog;

import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogImports;
import ru.erp.crm.catalog.boundary.CatalogReport;

/**
 * An in-memory catalogue for route tests: applies every element of a batch (or fails the batch
 * number set with {@link #failBatch}, as a database fault would) and records the batches and the
 * deactivation calls in the order they came.
 */
class RecordingCatalogImports extends CatalogImports {

    /** What happened, in order: "batch" for an applied batch, "deactivate" for deactivateMissing. */
    final List<String> calls = new ArrayList<>();
    final List<List<CatalogElement>> batches = new ArrayList<>();
    private int failingBatch;

    /** Makes the {@code n}-th batch (1-based) fail like a lost database connection. */
    void failBatch(int n) {
        failingBatch = n;
    }

    @Override
    public synchronized CatalogReport applyBatch(String channel, long messageId, List<CatalogElement> batch) {
        if (batches.size() + 1 == failingBatch) {
            failingBatch = 0;
            throw new PersistenceException("connection lost");
        }
        batches.add(batch);
        calls.add("batch");
        return new CatalogReport(batch.size(), batch.size(), 0, List.of());
    }

    @Override
    public synchronized int deactivateMissing(String channel, long messageId) {
        calls.add("deactivate");
        return 0;
    }

    synchronized int applied() {
        return batches.stream().mapToInt(List::size).sum();
    }
}

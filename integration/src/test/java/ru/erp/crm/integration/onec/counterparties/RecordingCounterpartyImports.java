package ru.erp.crm.integration.onec.counterparties;

import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.customer.boundary.CounterpartyImports;
import ru.erp.crm.customer.boundary.ImportReport;

/**
 * In-memory counterparty imports for route tests: records each batch with the completed-message
 * marker it came with and creates every element, or fails the batch number set with
 * {@link #failBatch} as a lost database connection would.
 */
class RecordingCounterpartyImports extends CounterpartyImports {

    /** One {@code importBatch} call. */
    record Call(String source, List<CounterpartyImport> batch, CompletedMessage completed) {
    }

    final List<Call> calls = new ArrayList<>();
    private int failingBatch;

    void failBatch(int n) {
        failingBatch = n;
    }

    @Override
    public synchronized ImportReport importBatch(String source, List<CounterpartyImport> batch, CompletedMessage completedMessage) {
        if (calls.size() + 1 == failingBatch) {
            throw new PersistenceException("connection lost");
        }
        calls.add(new Call(source, List.copyOf(batch), completedMessage));
        return new ImportReport(batch.size(), 0, List.of());
    }

    synchronized int imported() {
        return calls.stream().mapToInt(call -> call.batch().size()).sum();
    }
}

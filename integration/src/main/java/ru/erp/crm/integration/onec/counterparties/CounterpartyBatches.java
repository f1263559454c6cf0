package ru.erp.crm.integration.onec.counterparties;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Groups counterparties into lists of at most {@code size} records, so that an import can commit
 * one transaction per batch instead of one per record or one for a whole (possibly huge) file.
 * Pulls from the source only when a batch is requested, so memory stays bounded by one batch.
 *
 * <p>If the source fails in the middle of a batch, the records read before the failure are
 * returned as a last, shorter batch and the failure is thrown by the following call. This keeps
 * the reader's promise that records returned before a damaged place are usable.
 */
public final class CounterpartyBatches implements Iterator<List<CounterpartyRecord>> {

    private final Iterator<CounterpartyRecord> source;
    private final int size;
    private RuntimeException deferredFailure;

    public CounterpartyBatches(Iterator<CounterpartyRecord> source, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("Batch size must be positive, was " + size);
        }
        this.source = Objects.requireNonNull(source, "source");
        this.size = size;
    }

    @Override
    public boolean hasNext() {
        if (deferredFailure != null) {
            throw deferredFailure;
        }
        return source.hasNext();
    }

    /** @return an unmodifiable, non-empty list of at most {@code size} records */
    @Override
    public List<CounterpartyRecord> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more counterparty batches");
        }
        List<CounterpartyRecord> batch = new ArrayList<>();
        try {
            while (batch.size() < size && source.hasNext()) {
                batch.add(source.next());
            }
        } catch (RuntimeException e) {
            if (batch.isEmpty()) {
                throw e;
            }
            deferredFailure = e;
        }
        return List.copyOf(batch);
    }
}

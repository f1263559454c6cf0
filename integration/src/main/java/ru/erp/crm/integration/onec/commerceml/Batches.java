package ru.erp.crm.integration.onec.commerceml;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Groups the elements of a reader into lists of at most {@code size}, so that an import can commit
 * one transaction per batch instead of one per element or one for a whole (possibly huge) file.
 * Pulls from the source only when a batch is requested, so memory stays bounded by one batch.
 *
 * <p>If the source fails in the middle of a batch, the elements read before the failure are
 * returned as a last, shorter batch and the failure is thrown by the following call. This keeps
 * the readers' promise that elements returned before a damaged place are usable.
 *
 * @param <T> what the source yields, e.g. a counterparty record or a catalogue element
 */
public final class Batches<T> implements Iterator<List<T>> {

    private final Iterator<? extends T> source;
    private final int size;
    private RuntimeException deferredFailure;

    public Batches(Iterator<? extends T> source, int size) {
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

    /** @return an unmodifiable, non-empty list of at most {@code size} elements */
    @Override
    public List<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more batches");
        }
        List<T> batch = new ArrayList<>();
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

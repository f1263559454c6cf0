package ru.erp.crm.integration.onec.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.ElementErrorView;
import ru.erp.crm.exchange.boundary.ExchangeJournal;

/**
 * An in-memory journal for route tests: hands out the messages queued with {@link #queue} and
 * records what the route reports about them. Only the calls the catalogue route makes are
 * overridden; anything else would reach the (absent) database and fail loudly.
 */
class RecordingJournal extends ExchangeJournal {

    /** One {@code recordBatch} call. */
    record BatchCounts(long messageId, int read, int applied, int skipped, List<ElementErrorView> errors) {
    }

    /** One {@code deadLetter} call. */
    record DeadLetter(long messageId, String reason, String position) {
    }

    /** One {@code retryLater} call. */
    record Retry(long messageId, String reason) {
    }

    private final Deque<ClaimedMessage> waiting = new ArrayDeque<>();
    private final Map<Long, byte[]> payloads = new HashMap<>();
    final List<BatchCounts> batches = new ArrayList<>();
    final List<Long> finished = new ArrayList<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    final List<Retry> retries = new ArrayList<>();

    synchronized void queue(ClaimedMessage message, byte[] payload) {
        waiting.add(message);
        payloads.put(message.id(), payload);
    }

    @Override
    public synchronized Optional<ClaimedMessage> claimNext(Set<String> kinds) {
        return Optional.ofNullable(waiting.poll()).filter(m -> kinds.contains(m.kind()));
    }

    @Override
    public int requeueInterrupted() {
        return 0;
    }

    @Override
    public synchronized void copyPayloadTo(long messageId, Path target) {
        try {
            Files.write(target, payloads.get(messageId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void recordBatch(long messageId, int read, int applied, int skipped, List<ElementErrorView> errors) {
        batches.add(new BatchCounts(messageId, read, applied, skipped, List.copyOf(errors)));
    }

    @Override
    public synchronized void finish(long messageId) {
        finished.add(messageId);
    }

    @Override
    public synchronized void deadLetter(long messageId, String reason, String position) {
        deadLetters.add(new DeadLetter(messageId, reason, position));
    }

    @Override
    public synchronized void retryLater(long messageId, String reason) {
        retries.add(new Retry(messageId, reason));
    }
}

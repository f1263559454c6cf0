package ru.erp.crm.integration.camel;

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
import ru.erp.crm.exchange.boundary.IncomingMessage;

/**
 * An in-memory journal for route tests: hands out the messages queued with {@link #queue} and
 * records what the routes report about them and what they journal. Only the calls the routes
 * make are overridden; anything else would reach the (absent) database and fail loudly.
 */
public class RecordingJournal extends ExchangeJournal {

    /** One {@code recordBatch} call. */
    public record BatchCounts(long messageId, int read, int applied, int skipped, List<ElementErrorView> errors) {
    }

    /** One {@code deadLetter} call. */
    public record DeadLetter(long messageId, String reason, String position) {
    }

    /** One {@code retryLater} call. */
    public record Retry(long messageId, String reason) {
    }

    /** One {@code receive} or {@code receiveRefused} call, with a copy of the payload's bytes. */
    public record Received(IncomingMessage message, byte[] payload, String refusal, String position) {
    }

    public final List<Received> received = new ArrayList<>();
    private RuntimeException receiveFault;

    private final Deque<ClaimedMessage> waiting = new ArrayDeque<>();
    private final Map<Long, byte[]> payloads = new HashMap<>();
    public final List<BatchCounts> batches = new ArrayList<>();
    public final List<Long> finished = new ArrayList<>();
    public final List<DeadLetter> deadLetters = new ArrayList<>();
    public final List<Retry> retries = new ArrayList<>();

    public synchronized void queue(ClaimedMessage message, byte[] payload) {
        waiting.add(message);
        payloads.put(message.id(), payload);
    }

    /** The next {@code receive} fails as a lost database would. */
    public synchronized void failNextReceive(RuntimeException fault) {
        receiveFault = fault;
    }

    @Override
    public synchronized long receive(IncomingMessage message) {
        return record(message, null, null);
    }

    @Override
    public synchronized long receiveRefused(IncomingMessage message, String reason, String position) {
        return record(message, reason, position);
    }

    private long record(IncomingMessage message, String refusal, String position) {
        if (receiveFault != null) {
            RuntimeException fault = receiveFault;
            receiveFault = null;
            throw fault;
        }
        try {
            received.add(new Received(message, Files.readAllBytes(message.payload()), refusal, position));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return received.size();
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

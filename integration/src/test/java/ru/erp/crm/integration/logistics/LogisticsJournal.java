package ru.erp.crm.integration.logistics;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageProgress;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.integration.camel.RecordingJournal;

/**
 * The recording journal with what the logistics exchange relies on: a received message waits to be
 * claimed, a key already journaled answers with its message (while it is live, as the real journal
 * does), and messages have a status the routes may ask for.
 */
class LogisticsJournal extends RecordingJournal {

    private final Map<String, Long> live = new HashMap<>();
    private final Map<Long, MessageStatus> statuses = new HashMap<>();
    private final Map<String, Long> newestByKey = new HashMap<>();

    @Override
    public synchronized long receive(IncomingMessage message) {
        String key = key(message.channel(), message.direction(), message.idempotencyKey());
        Long journaled = live.get(key);
        if (journaled != null) {
            return journaled;
        }
        long id = super.receive(message);
        live.put(key, id);
        newestByKey.put(key, id);
        statuses.put(id, MessageStatus.RECEIVED);
        queue(new ClaimedMessage(id, message.channel(), message.kind(), message.sourceName(), message.idempotencyKey(), 1),
                received.get(received.size() - 1).payload());
        return id;
    }

    @Override
    public synchronized long receiveRefused(IncomingMessage message, String reason, String position) {
        long id = super.receiveRefused(message, reason, position);
        String key = key(message.channel(), message.direction(), message.idempotencyKey());
        newestByKey.put(key, id);
        statuses.put(id, MessageStatus.DEAD_LETTERED);
        return id;
    }

    /** A message journaled before the test, e.g. one sent in an earlier poll. */
    synchronized void journaledBefore(String channel, MessageDirection direction, String key, long id,
                                      MessageStatus status) {
        newestByKey.put(key(channel, direction, key), id);
        if (status == MessageStatus.APPLIED || status == MessageStatus.RECEIVED || status == MessageStatus.PROCESSING) {
            live.put(key(channel, direction, key), id);
        }
        statuses.put(id, status);
    }

    @Override
    public synchronized void finish(long messageId) {
        super.finish(messageId);
        statuses.put(messageId, MessageStatus.APPLIED);
    }

    @Override
    public synchronized void deadLetter(long messageId, String reason, String position) {
        super.deadLetter(messageId, reason, position);
        statuses.put(messageId, MessageStatus.DEAD_LETTERED);
        live.values().remove(messageId);
    }

    @Override
    public synchronized Optional<MessageProgress> progress(long messageId) {
        return Optional.ofNullable(statuses.get(messageId))
                .map(status -> new MessageProgress(messageId, status, 0, 0, 0, 0, null, null));
    }

    @Override
    public synchronized Optional<MessageProgress> findByKey(String channel, MessageDirection direction, String key) {
        return Optional.ofNullable(newestByKey.get(key(channel, direction, key))).flatMap(this::progress);
    }

    private static String key(String channel, MessageDirection direction, String key) {
        return channel + "|" + direction + "|" + key;
    }
}

package ru.erp.crm.exchange.boundary;

import java.time.Instant;
import java.util.List;
import ru.erp.crm.exchange.entity.ExchangeMessage;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;

/**
 * A journaled message's card: the list line's fields, the payload's SHA-256, the first element
 * errors with how many there are in all ({@code errorCount}; the rest page through
 * {@link ExchangeJournal#errors}), and the replays made of it.
 */
public record MessageDetails(long id, String channel, MessageDirection direction, String kind, String sourceName,
                             String idempotencyKey, MessageStatus status, Instant receivedAt, Instant startedAt,
                             Instant finishedAt, int attempts, int read, int applied, int skipped, int failed,
                             String reason, String position, long payloadSize, String payloadSha256,
                             Long replayOfId, List<Long> replayIds, Instant resolvedAt, String resolvedBy,
                             String resolution, long errorCount, List<ElementErrorView> errors) {

    public MessageDetails {
        replayIds = List.copyOf(replayIds);
        errors = List.copyOf(errors);
    }

    static MessageDetails of(ExchangeMessage m, List<Long> replayIds, long errorCount, List<ElementErrorView> errors) {
        return new MessageDetails(m.id(), m.channel(), m.direction(), m.kind(), m.sourceName(), m.idempotencyKey(),
                m.status(), m.receivedAt(), m.startedAt(), m.finishedAt(), m.attempts(), m.readCount(),
                m.appliedCount(), m.skippedCount(), m.failedCount(), m.reason(), m.position(), m.payloadSize(),
                m.payloadSha256(), m.replayOfId(), replayIds, m.resolvedAt(), m.resolvedBy(), m.resolution(),
                errorCount, errors);
    }
}

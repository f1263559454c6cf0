package ru.erp.crm.exchange.boundary;

import java.time.Instant;
import ru.erp.crm.exchange.entity.ExchangeMessage;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;

/** A line of the journal list. */
public record MessageSummary(long id, String channel, MessageDirection direction, String kind, String sourceName,
                             String idempotencyKey, MessageStatus status, Instant receivedAt, Instant startedAt,
                             Instant finishedAt, int attempts, int read, int applied, int skipped, int failed,
                             String reason, String position, long payloadSize, Long replayOfId,
                             Instant resolvedAt, String resolvedBy, String resolution) {

    static MessageSummary of(ExchangeMessage m) {
        return new MessageSummary(m.id(), m.channel(), m.direction(), m.kind(), m.sourceName(), m.idempotencyKey(),
                m.status(), m.receivedAt(), m.startedAt(), m.finishedAt(), m.attempts(), m.readCount(),
                m.appliedCount(), m.skippedCount(), m.failedCount(), m.reason(), m.position(), m.payloadSize(),
                m.replayOfId(), m.resolvedAt(), m.resolvedBy(), m.resolution());
    }
}

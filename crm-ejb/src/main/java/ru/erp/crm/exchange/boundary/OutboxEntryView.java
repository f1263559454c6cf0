package ru.erp.crm.exchange.boundary;

import java.time.Instant;
import ru.erp.crm.exchange.entity.OutboxEntry;
import ru.erp.crm.exchange.entity.OutboxStatus;

/** An outbox entry as the exchanges and the administrators' list see it. */
public record OutboxEntryView(long id, String destination, String kind, long aggregateId, long aggregateVersion,
                              OutboxStatus status, String handedOutToken, int attempts, String lastError,
                              Instant createdAt, Instant handedOutAt, Instant sentAt, Long journalMessageId) {

    static OutboxEntryView of(OutboxEntry entry) {
        return new OutboxEntryView(entry.id(), entry.destination(), entry.kind(), entry.aggregateId(),
                entry.aggregateVersion(), entry.status(), entry.handedOutToken(), entry.attempts(), entry.lastError(),
                entry.createdAt(), entry.handedOutAt(), entry.sentAt(), entry.journalMessageId());
    }
}

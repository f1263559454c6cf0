package ru.erp.crm.exchange.boundary;

import ru.erp.crm.exchange.entity.ExchangeMessage;
import ru.erp.crm.exchange.entity.MessageStatus;

/** How far a message has got, as the 1C endpoint reports it while 1C polls. */
public record MessageProgress(long id, MessageStatus status, int read, int applied, int skipped, int failed,
                              String reason, String position) {

    static MessageProgress of(ExchangeMessage message) {
        return new MessageProgress(message.id(), message.status(), message.readCount(), message.appliedCount(),
                message.skippedCount(), message.failedCount(), message.reason(), message.position());
    }
}

package ru.erp.crm.exchange.boundary;

import ru.erp.crm.exchange.entity.ExchangeMessage;

/** A message a route has just claimed for processing; {@code attempts} includes this one. */
public record ClaimedMessage(long id, String channel, String kind, String sourceName, String idempotencyKey,
                             int attempts) {

    static ClaimedMessage of(ExchangeMessage message) {
        return new ClaimedMessage(message.id(), message.channel(), message.kind(), message.sourceName(),
                message.idempotencyKey(), message.attempts());
    }
}

package ru.erp.crm.exchange.boundary;

import java.time.Instant;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;

/**
 * Filters of the journal list; null means "any". {@code from} is inclusive and {@code to}
 * exclusive, both on the time received; {@code q} is part of the source name, in any case.
 */
public record MessageFilter(String channel, MessageDirection direction, String kind, MessageStatus status,
                            Instant from, Instant to, String q) {
}

package ru.erp.crm.exchange.boundary;

import java.nio.file.Path;
import ru.erp.crm.exchange.entity.MessageDirection;

/**
 * A message an endpoint or route hands to the journal: where it came from or goes to, what it
 * is, the sender's idempotency key (1C GUID + version, a file's content hash; blank means "use
 * the content hash") and the file holding its payload, which the journal copies.
 */
public record IncomingMessage(String channel, MessageDirection direction, String kind, String sourceName,
                              String idempotencyKey, Path payload) {
}

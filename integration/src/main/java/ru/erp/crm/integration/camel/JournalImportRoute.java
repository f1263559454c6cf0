package ru.erp.crm.integration.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.ExchangeJournal;

/**
 * A route that applies the journaled inbound messages of one kind: it claims the oldest waiting
 * message, hands a copy of its payload to {@link #apply}, and finishes it in the journal. Its
 * error handling is the same for every exchange, hence here once: a {@link MalformedMessageException}
 * dead-letters the message with the position (retrying a broken file cannot help), any other fault
 * (a lost connection, a lock) queues it again for a later attempt, until the journal gives up and
 * dead-letters it. What {@code apply} committed batch by batch before a failure stays applied;
 * the importers' per-element keys make a later re-run skip it.
 */
public abstract class JournalImportRoute extends RouteBuilder {

    private final String routeId;
    private final String kind;

    protected JournalImportRoute(String routeId, String kind) {
        this.routeId = routeId;
        this.kind = kind;
    }

    protected abstract ExchangeJournal journal();

    /** Applies the payload, recording each batch's counts and refusals in the journal. */
    protected abstract void apply(ClaimedMessage message, Path payload) throws IOException;

    @Override
    public void configure() {
        // One handler that looks at the exception itself: Camel matches onException clauses against
        // the innermost cause first, so a malformed file (wrapping the parser's XMLStreamException)
        // would otherwise be taken for a transient fault and retried.
        onException(Exception.class)
                .handled(true)
                .process(this::failed);

        from("timer:" + routeId + "?delay=1000&period=500")
                .routeId(routeId)
                .process(exchange -> exchange.getIn().setBody(journal().claimNext(Set.of(kind)).orElse(null)))
                .filter(body().isNotNull())
                .process(this::importMessage);
    }

    void importMessage(Exchange exchange) throws IOException {
        ClaimedMessage message = exchange.getIn().getBody(ClaimedMessage.class);
        Path payload = Files.createTempFile("crm-" + kind + "-", ".payload");
        try {
            journal().copyPayloadTo(message.id(), payload);
            apply(message, payload);
        } finally {
            Files.deleteIfExists(payload);
        }
        journal().finish(message.id());
    }

    void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        ClaimedMessage message = exchange.getIn().getBody(ClaimedMessage.class);
        if (message == null) {
            log.warn("Claiming the next {} message failed: {}", kind, cause.toString());
        } else if (cause instanceof MalformedMessageException malformed) {
            journal().deadLetter(message.id(), malformed.getMessage(), malformed.position());
        } else {
            journal().retryLater(message.id(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }
}

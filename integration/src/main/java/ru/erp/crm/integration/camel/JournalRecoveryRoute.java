package ru.erp.crm.integration.camel;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.apache.camel.builder.RouteBuilder;
import ru.erp.crm.exchange.boundary.ExchangeJournal;

/**
 * Once at start-up, before the import routes poll: messages that a crash (even {@code kill -9})
 * left PROCESSING go back to RECEIVED and run again; the importers' per-element keys make the
 * re-run skip what was applied. One server runs the routes, so whatever is PROCESSING at its
 * start was interrupted.
 */
@Dependent
public class JournalRecoveryRoute extends RouteBuilder {

    public static final String ROUTE_ID = "journal-recovery";

    @EJB
    ExchangeJournal journal;

    @Override
    public void configure() {
        from("timer:journal-recovery?repeatCount=1&delay=0")
                .routeId(ROUTE_ID)
                .process(exchange -> {
                    int requeued = journal.requeueInterrupted();
                    if (requeued > 0) {
                        log.info("{} interrupted exchange message(s) queued again", requeued);
                    }
                });
    }
}

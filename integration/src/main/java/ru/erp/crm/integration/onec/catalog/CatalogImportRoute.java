package ru.erp.crm.integration.onec.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogImports;
import ru.erp.crm.catalog.boundary.CatalogReport;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.ElementErrorView;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.integration.onec.commerceml.Batches;
import ru.erp.crm.integration.onec.commerceml.CommerceMlFormatException;

/**
 * Applies the CommerceML catalogue files that the 1C endpoint journaled: claims the next message
 * of kind {@value MessageKinds#ONE_C_CATALOG}, streams its payload (StAX, one element at a time)
 * and hands the elements to the catalog boundary in batches of {@value #BATCH}, one transaction
 * each, recording every batch's counts and refusals in the journal.
 *
 * <p>Rules, and why:
 * <ul>
 * <li>Elements are applied as they are read. A file damaged in the middle (truncated, broken
 * markup) keeps what was read before the damage, and the message is dead-lettered with the
 * position; a corrected file sent again applies the rest, while what was applied is recognised by
 * its content hash and skipped. A full catalogue is only deactivated against after the whole file
 * was read, so a damaged file never deactivates anything.</li>
 * <li>A crash (even {@code kill -9}) leaves the message PROCESSING; at start-up it goes back to
 * RECEIVED and runs again from the start. Batches committed before the crash are skipped element by
 * element (same Ид, same content hash), so nothing is applied twice.</li>
 * <li>A fault that is not the file's (database down) is retried a few times, then dead-lettered.</li>
 * </ul>
 */
@Dependent
public class CatalogImportRoute extends RouteBuilder {

    public static final String ROUTE_ID = "1c-catalog-import";
    public static final String RECOVERY_ROUTE_ID = "1c-catalog-recovery";
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(CatalogImportRoute.class.getName());

    @EJB
    ExchangeJournal journal;

    @EJB
    CatalogImports catalog;

    @EJB
    Channels channels;

    @Override
    public void configure() {
        onException(CommerceMlFormatException.class)
                .handled(true)
                .process(this::deadLetter);
        onException(Exception.class)
                .handled(true)
                .process(this::retryLater);

        from("timer:1c-catalog-recovery?repeatCount=1&delay=0")
                .routeId(RECOVERY_ROUTE_ID)
                .process(exchange -> {
                    int requeued = journal.requeueInterrupted();
                    if (requeued > 0) {
                        LOG.info(() -> requeued + " interrupted exchange message(s) queued again");
                    }
                });

        from("timer:1c-catalog?delay=1000&period=500")
                .routeId(ROUTE_ID)
                .process(this::claimNext)
                .filter(body().isNotNull())
                .process(this::importMessage);
    }

    void claimNext(Exchange exchange) {
        exchange.getIn().setBody(journal.claimNext(Set.of(MessageKinds.ONE_C_CATALOG)).orElse(null));
    }

    void importMessage(Exchange exchange) throws IOException {
        ClaimedMessage message = exchange.getIn().getBody(ClaimedMessage.class);
        Path payload = Files.createTempFile("crm-1c-catalog-", ".xml");
        try {
            journal.copyPayloadTo(message.id(), payload);
            apply(message, payload);
        } finally {
            Files.deleteIfExists(payload);
        }
        journal.finish(message.id());
    }

    private void apply(ClaimedMessage message, Path payload) throws IOException {
        try (InputStream in = Files.newInputStream(payload); CatalogReader reader = new CatalogReader(in)) {
            Batches<CatalogElement> batches = new Batches<>(reader, BATCH);
            boolean sawProducts = false;
            while (batches.hasNext()) {
                List<CatalogElement> batch = batches.next();
                sawProducts |= batch.stream().anyMatch(CatalogElement.Product.class::isInstance);
                CatalogReport report = catalog.applyBatch(message.channel(), message.id(), batch);
                journal.recordBatch(message.id(), report.read(), report.applied(), report.skipped(),
                        report.failures().stream()
                                .map(f -> new ElementErrorView(f.position(), f.externalId(), f.reason())).toList());
            }
            if (sawProducts && Boolean.FALSE.equals(reader.containsOnlyChanges()) && fullCataloguesAllowed(message)) {
                int deactivated = catalog.deactivateMissing(message.channel(), message.id());
                LOG.info(() -> message.sourceName() + " is a full catalogue: " + deactivated + " product(s) it omits deactivated");
            }
        }
    }

    private boolean fullCataloguesAllowed(ClaimedMessage message) {
        return channels.siteChannel(message.channel())
                .map(channel -> channel.catalogueMode() == CatalogueMode.FILE_DECIDES)
                .orElse(false);
    }

    void deadLetter(Exchange exchange) {
        ClaimedMessage message = exchange.getIn().getBody(ClaimedMessage.class);
        CommerceMlFormatException cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, CommerceMlFormatException.class);
        journal.deadLetter(message.id(), cause.getMessage(), "line " + cause.getLine() + ", column " + cause.getColumn());
    }

    void retryLater(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        ClaimedMessage message = exchange.getIn().getBody(ClaimedMessage.class);
        if (message == null) {
            LOG.warning(() -> "Claiming the next 1C catalogue message failed: " + cause);
            return;
        }
        journal.retryLater(message.id(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
}

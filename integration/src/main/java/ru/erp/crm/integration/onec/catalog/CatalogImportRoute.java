package ru.erp.crm.integration.onec.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogImports;
import ru.erp.crm.catalog.boundary.CatalogReport;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.ElementErrorView;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.integration.camel.JournalImportRoute;
import ru.erp.crm.integration.camel.JournalRecoveryRoute;
import ru.erp.crm.integration.onec.commerceml.Batches;

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
 * <li>A crash (even {@code kill -9}) leaves the message PROCESSING; at start-up
 * {@link JournalRecoveryRoute} puts it back to RECEIVED and it runs again from the start. Batches committed before the crash are skipped element by
 * element (same Ид, same content hash), so nothing is applied twice.</li>
 * <li>A fault that is not the file's (database down) is retried a few times, then dead-lettered.</li>
 * </ul>
 */
@Dependent
public class CatalogImportRoute extends JournalImportRoute {

    public static final String ROUTE_ID = "1c-catalog-import";
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(CatalogImportRoute.class.getName());

    @EJB
    ExchangeJournal journal;

    @EJB
    CatalogImports catalog;

    @EJB
    Channels channels;

    public CatalogImportRoute() {
        super(ROUTE_ID, MessageKinds.ONE_C_CATALOG);
    }

    @Override
    protected ExchangeJournal journal() {
        return journal;
    }

    @Override
    protected void apply(ClaimedMessage message, Path payload) throws IOException {
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
}

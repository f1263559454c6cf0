package ru.erp.crm.integration.onec.counterparties;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.customer.boundary.CounterpartyImports;
import ru.erp.crm.customer.boundary.CounterpartyImports.CompletedMessage;
import ru.erp.crm.customer.boundary.ImportReport;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.ElementErrorView;
import ru.erp.crm.exchange.boundary.ExchangeInbox;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.integration.camel.JournalImportRoute;
import ru.erp.crm.integration.onec.commerceml.Batches;

/**
 * Applies the counterparty files the folder route journaled: claims the next message of kind
 * {@value MessageKinds#ONE_C_COUNTERPARTIES}, streams its counterparties and upserts them in batches
 * of {@value #BATCH} (one transaction each; 1C GUID first, then INN+KPP), recording each batch's
 * counts and refusals in the journal. The message's key is recorded with its last batch
 * ({@link ExchangeInbox}), the last line of defence against applying a message twice; the upsert
 * itself makes a re-run after a crash or a replay harmless.
 */
@Dependent
public class CounterpartyImportRoute extends JournalImportRoute {

    public static final String ROUTE_ID = "1c-counterparties-import";
    static final int BATCH = 500;

    @EJB
    ExchangeJournal journal;

    @EJB
    CounterpartyImports imports;

    @EJB
    ExchangeInbox inbox;

    public CounterpartyImportRoute() {
        super(ROUTE_ID, MessageKinds.ONE_C_COUNTERPARTIES);
    }

    @Override
    protected ExchangeJournal journal() {
        return journal;
    }

    @Override
    protected void apply(ClaimedMessage message, Path payload) throws IOException {
        boolean keyRecorded = inbox.alreadyApplied(CounterpartyFolderRoute.CHANNEL, message.idempotencyKey());
        try (InputStream in = Files.newInputStream(payload); CounterpartyReader reader = new CounterpartyReader(in)) {
            Batches<CounterpartyRecord> batches = new Batches<>(reader, BATCH);
            do {
                List<CounterpartyImport> batch = batches.hasNext()
                        ? batches.next().stream().map(CounterpartyMapper::toImport).toList()
                        : List.of();
                boolean last = !batches.hasNext();
                CompletedMessage completed = last && !keyRecorded
                        ? new CompletedMessage(CounterpartyFolderRoute.CHANNEL, message.idempotencyKey(), message.sourceName())
                        : null;
                ImportReport report = imports.importBatch(message.sourceName(), batch, completed);
                journal.recordBatch(message.id(), batch.size(), report.created() + report.updated(), 0,
                        report.failures().stream()
                                .map(f -> new ElementErrorView(f.position(), f.externalId(), f.reason())).toList());
                if (last) {
                    return;
                }
            } while (true);
        }
    }
}

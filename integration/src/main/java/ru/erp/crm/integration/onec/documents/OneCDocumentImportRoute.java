package ru.erp.crm.integration.onec.documents;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.ElementErrorView;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.integration.camel.JournalImportRoute;
import ru.erp.crm.integration.onec.commerceml.Batches;
import ru.erp.crm.integration.onec.documents.DocumentElement.Readable;
import ru.erp.crm.integration.onec.documents.DocumentElement.Unreadable;
import ru.erp.crm.sales.boundary.DocumentImportReport;
import ru.erp.crm.sales.boundary.DocumentImportReport.DocumentFailure;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.boundary.OrderExchange;

/**
 * Applies the CommerceML documents 1C sent ({@code type=sale&mode=file}, journaled as
 * {@value MessageKinds#ONE_C_DOCUMENTS}): streams the payload and hands the documents to the sales
 * component in batches of {@value #BATCH}, one transaction each, recording every batch's counts
 * and refusals in the journal.
 *
 * <p>A document the reader cannot use (no Ид, a Сумма that is not a number) never reaches the
 * sales component, whose port takes only readable documents; it is journaled as a failure of its
 * batch next to the ones the sales component refused, so the message ends PARTLY_APPLIED with the
 * reason and position of each. Broken markup dead-letters the message with its position after the
 * batches before it were applied; a corrected file sent again skips what was applied (the sales
 * component keeps each document's Ид and content hash). Faults that are not the file's are retried
 * by {@link JournalImportRoute}.
 */
@Dependent
public class OneCDocumentImportRoute extends JournalImportRoute {

    public static final String ROUTE_ID = "1c-documents-import";
    /** Orders carry lines and a buyer each: a smaller batch than the catalogue's keeps a transaction short. */
    static final int BATCH = 200;

    @EJB
    ExchangeJournal journal;

    @EJB
    OrderExchange orders;

    public OneCDocumentImportRoute() {
        super(ROUTE_ID, MessageKinds.ONE_C_DOCUMENTS);
    }

    @Override
    protected ExchangeJournal journal() {
        return journal;
    }

    @Override
    protected void apply(ClaimedMessage message, Path payload) throws IOException {
        try (InputStream in = Files.newInputStream(payload); DocumentReader reader = new DocumentReader(in)) {
            Batches<DocumentElement> batches = new Batches<>(reader, BATCH);
            while (batches.hasNext()) {
                applyBatch(message, batches.next());
            }
        }
    }

    private void applyBatch(ClaimedMessage message, List<DocumentElement> batch) {
        List<OneCDocument> documents = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (DocumentElement element : batch) {
            if (element instanceof Readable readable) {
                documents.add(readable.document());
            } else {
                failures.add(((Unreadable) element).failure());
            }
        }
        DocumentImportReport report = documents.isEmpty()
                ? new DocumentImportReport(0, 0, 0, List.of())
                : orders.applyOneCDocuments(message.channel(), message.id(), documents);
        failures.addAll(report.failures());
        journal.recordBatch(message.id(), batch.size() - documents.size() + report.read(), report.applied(),
                report.skipped(), failures.stream()
                        .map(f -> new ElementErrorView(f.position(), f.externalId(), f.reason())).toList());
    }
}

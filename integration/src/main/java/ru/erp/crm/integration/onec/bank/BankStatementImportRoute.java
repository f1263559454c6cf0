package ru.erp.crm.integration.onec.bank;

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
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.finance.boundary.PaymentReport;
import ru.erp.crm.finance.boundary.Payments;
import ru.erp.crm.integration.camel.JournalImportRoute;

/**
 * Applies journaled bank statements: streams the 1CClientBankExchange file and hands its
 * documents to the finance boundary in batches of {@value #BATCH}, one transaction each, each
 * batch headed by the statement's own header (whose accounts say which documents are incoming
 * payments). Re-sent statements apply nothing twice: every document has its key.
 */
@Dependent
public class BankStatementImportRoute extends JournalImportRoute {

    public static final String ROUTE_ID = "bank-statement-import";
    static final int BATCH = 1000;

    @EJB
    ExchangeJournal journal;

    @EJB
    Payments payments;

    public BankStatementImportRoute() {
        super(ROUTE_ID, MessageKinds.BANK_STATEMENT);
    }

    @Override
    protected ExchangeJournal journal() {
        return journal;
    }

    @Override
    protected void apply(ClaimedMessage message, Path payload) throws IOException {
        try (InputStream in = Files.newInputStream(payload); BankStatementReader reader = new BankStatementReader(in)) {
            BankStatementElement statement = reader.hasNext() ? reader.next() : null;
            List<BankStatementElement> batch = new ArrayList<>();
            boolean anyBatch = false;
            while (reader.hasNext()) {
                batch.add(reader.next());
                if (batch.size() == BATCH) {
                    applyBatch(message, statement, batch);
                    batch.clear();
                    anyBatch = true;
                }
            }
            if (!batch.isEmpty() || !anyBatch) {
                applyBatch(message, statement, batch);
            }
        }
    }

    private void applyBatch(ClaimedMessage message, BankStatementElement statement, List<BankStatementElement> documents) {
        List<BankStatementElement> batch = new ArrayList<>(documents.size() + 1);
        if (statement != null) {
            batch.add(statement);
        }
        batch.addAll(documents);
        PaymentReport report = payments.applyStatement(message.channel(), message.id(), batch);
        journal.recordBatch(message.id(), report.read(), report.applied(), report.skipped(),
                report.failures().stream()
                        .map(f -> new ElementErrorView(f.position(), f.elementId(), f.reason())).toList());
    }
}

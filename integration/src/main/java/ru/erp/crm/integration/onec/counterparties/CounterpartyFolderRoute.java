package ru.erp.crm.integration.onec.counterparties;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.integration.camel.ExchangeSettings;
import ru.erp.crm.integration.camel.FailedFiles;
import ru.erp.crm.integration.onec.commerceml.CommerceMlFormatException;

/**
 * Picks CommerceML files up from the 1C inbox folder and journals them; {@link CounterpartyImportRoute}
 * applies them. A file is first read once, streaming, to prove it is well-formed, so a broken file
 * changes nothing in the customer base: it is journaled as a dead letter with the position
 * (administrators see it in the journal) and moved to {@code .failed/} with a {@code .reason.txt}
 * beside it. A good file goes to {@code .done/} once its payload is safe in the journal.
 */
@Dependent
public class CounterpartyFolderRoute extends RouteBuilder {

    public static final String ROUTE_ID = "1c-counterparties-folder";
    public static final String CHANNEL = "1c-folder";
    private static final Logger LOG = Logger.getLogger(CounterpartyFolderRoute.class.getName());

    @EJB
    ExchangeJournal journal;

    @Override
    public void configure() {
        Path folder = ExchangeSettings.oneCInbox();
        onException(Exception.class)
                .handled(false)
                .process(FailedFiles::writeReason);

        fromF("file:%s?include=.*\\.xml&readLock=changed&readLockMinAge=1000&delay=2000"
                        + "&move=.done/${file:name.noext.single}-${date:now:yyyyMMddHHmmssSSS}.xml"
                        + "&moveFailed=.failed/${file:name.noext.single}-${date:now:yyyyMMddHHmmssSSS}.xml",
                folder.toString().replace('\\', '/'))
                .routeId(ROUTE_ID)
                .process(this::journalFile);
    }

    void journalFile(Exchange exchange) throws IOException {
        Path file = exchange.getIn().getBody(File.class).toPath();
        String source = file.getFileName().toString();
        IncomingMessage message = new IncomingMessage(CHANNEL, MessageDirection.IN, MessageKinds.ONE_C_COUNTERPARTIES,
                source, null, file);
        CommerceMlFormatException broken = firstDamage(file);
        if (broken != null) {
            journal.receiveRefused(message, broken.getMessage(), "line " + broken.getLine() + ", column " + broken.getColumn());
            throw broken;
        }
        long id = journal.receive(message);
        LOG.info(() -> source + " journaled as message " + id);
    }

    /** The read-only pass: where the file is damaged, or null when the whole file parses. */
    private static CommerceMlFormatException firstDamage(Path file) throws IOException {
        try (CounterpartyReader reader = new CounterpartyReader(Files.newInputStream(file))) {
            while (reader.hasNext()) {
                reader.next();
            }
            return null;
        } catch (CommerceMlFormatException e) {
            return e;
        }
    }

}

package ru.erp.crm.integration.onec.counterparties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.integration.camel.RecordingJournal;

/**
 * The counterparty folder route against an in-memory journal, on a temporary inbox: its file
 * consumer keeps every option of production and only the folder is replaced, so the moves to
 * {@code .done/} and {@code .failed/} are the real ones. Each test drops one file and waits for the
 * route to be done with it.
 */
class CounterpartyFolderRouteTest extends CamelTestSupport {

    @TempDir
    Path inbox;

    private final RecordingJournal journal = new RecordingJournal();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        CounterpartyFolderRoute route = new CounterpartyFolderRoute();
        route.journal = journal;
        return route;
    }

    @Test
    void aGoodFileIsJournaledWithItsBytesAndMovedToDone() throws Exception {
        byte[] file = CounterpartyXml.counterparties(1_200);

        drop("clients.xml", file);

        assertEquals(1, journal.received.size());
        RecordingJournal.Received received = journal.received.get(0);
        assertEquals(CounterpartyFolderRoute.CHANNEL, received.message().channel());
        assertEquals(MessageDirection.IN, received.message().direction());
        assertEquals(MessageKinds.ONE_C_COUNTERPARTIES, received.message().kind());
        assertEquals("clients.xml", received.message().sourceName());
        assertNull(received.message().idempotencyKey(), "the journal takes the content hash as the key");
        assertNull(received.refusal());
        assertArrayEquals(file, received.payload());
        assertEquals(1, files(".done").size());
    }

    @Test
    void aTruncatedFileIsJournaledAsRefusedWithItsPositionAndMovedAside() throws Exception {
        String truncated = CounterpartyXml.truncatedAtC700();

        drop("broken.xml", truncated.getBytes(StandardCharsets.UTF_8));

        assertEquals(1, journal.received.size());
        RecordingJournal.Received refused = journal.received.get(0);
        assertTrue(refused.refusal().startsWith("Malformed CommerceML"), refused.refusal());
        int lastLine = (int) truncated.lines().count();
        assertTrue(refused.position().matches("line " + lastLine + ", column [1-9][0-9]*"), refused.position());
        assertEquals(List.of("broken.xml.reason.txt"), files(".failed").stream()
                .filter(name -> name.endsWith(".txt")).toList());
    }

    @Test
    void aFileTheJournalCannotTakeIsMovedAsideWithTheReason() throws Exception {
        journal.failNextReceive(new PersistenceException("connection lost"));

        drop("clients.xml", CounterpartyXml.counterparties(10));

        assertTrue(journal.received.isEmpty());
        assertEquals(2, files(".failed").size(), "the file and its reason");
        Path reason;
        try (Stream<Path> failed = Files.list(inbox.resolve(".failed"))) {
            reason = failed.filter(p -> p.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(reason).contains("connection lost"), Files.readString(reason));
    }

    /** Starts the route on the temporary inbox, drops the file there and waits until the route is done with it. */
    private void drop(String name, byte[] content) throws Exception {
        AdviceWith.adviceWith(context, CounterpartyFolderRoute.ROUTE_ID, route -> {
            String production = route.getOriginalRoute().getInput().getUri();
            route.replaceFromWith("file:" + inbox.toString().replace('\\', '/') + production.substring(production.indexOf('?')));
        });
        context.start();
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(CounterpartyFolderRoute.ROUTE_ID).whenDone(1).create();
        Path staged = Files.write(inbox.resolve(name + ".part"), content);
        Files.move(staged, inbox.resolve(name));

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route did not take the file");
    }

    private List<String> files(String subfolder) throws IOException {
        Path dir = inbox.resolve(subfolder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

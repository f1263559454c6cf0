package ru.erp.crm.integration.onec.counterparties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
import ru.erp.crm.customer.boundary.CounterpartyImports.CompletedMessage;

/**
 * The counterparty folder route against in-memory doubles, on a temporary inbox: its file consumer
 * keeps every option of production and only the folder is replaced, so the moves to {@code .done/}
 * and {@code .failed/} are the real ones. Each test drops one file and waits for the route to be done.
 */
class CounterpartyFolderRouteTest extends CamelTestSupport {

    @TempDir
    Path inbox;

    private final RecordingCounterpartyImports imports = new RecordingCounterpartyImports();
    private final RecordingInbox exchangeInbox = new RecordingInbox();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        CounterpartyFolderRoute route = new CounterpartyFolderRoute();
        route.imports = imports;
        route.inbox = exchangeInbox;
        return route;
    }

    @Test
    void aFileIsAppliedInBatchesOfFiveHundredAndTheLastBatchCompletesTheMessage() throws Exception {
        byte[] file = counterparties(1_200);

        drop("clients.xml", file);

        assertEquals(List.of(500, 500, 200), imports.calls.stream().map(c -> c.batch().size()).toList());
        assertNull(imports.calls.get(0).completed());
        assertNull(imports.calls.get(1).completed());
        CompletedMessage completed = imports.calls.get(2).completed();
        assertEquals(CounterpartyFolderRoute.CHANNEL, completed.channel());
        assertEquals(sha256(file), completed.key(), "the content hash is the idempotency key");
        assertEquals("c1199", imports.calls.get(2).batch().get(199).externalId());
        assertTrue(exchangeInbox.failures.isEmpty(), exchangeInbox.failures.toString());
        assertEquals(1, files(".done").size());
    }

    @Test
    void aFileAppliedBeforeIsSkipped() throws Exception {
        byte[] file = counterparties(10);
        exchangeInbox.applied(sha256(file));

        drop("again.xml", file);

        assertTrue(imports.calls.isEmpty());
        assertEquals(1, files(".done").size());
    }

    @Test
    void aTruncatedFileChangesNothingAndFailsWithItsPosition() throws Exception {
        String whole = new String(counterparties(800), StandardCharsets.UTF_8);
        String truncated = whole.substring(0, whole.indexOf("<Ид>c700</Ид>") + 6);

        drop("broken.xml", truncated.getBytes(StandardCharsets.UTF_8));

        assertTrue(imports.calls.isEmpty(), "the verifying pass refuses the file before any batch");
        assertEquals(1, exchangeInbox.failures.size());
        RecordingInbox.Failure failure = exchangeInbox.failures.get(0);
        assertEquals("broken.xml", failure.sourceName());
        int lastLine = (int) truncated.lines().count();
        assertTrue(failure.position().matches("line " + lastLine + ", column [1-9][0-9]*"), failure.position());
        assertTrue(failure.reason().startsWith("CommerceMlFormatException"), failure.reason());
        assertEquals(List.of("broken.xml.reason.txt"), files(".failed").stream()
                .filter(name -> name.endsWith(".txt")).toList());
    }

    @Test
    void aDatabaseFaultIsRecordedAndTheFileMovedAsideWithoutTheCompletedMark() throws Exception {
        imports.failBatch(2);

        drop("clients.xml", counterparties(1_200));

        assertEquals(500, imports.imported(), "the batch before the fault stays applied");
        assertTrue(imports.calls.stream().allMatch(c -> c.completed() == null), "the message is not marked applied");
        assertEquals(1, exchangeInbox.failures.size());
        assertNull(exchangeInbox.failures.get(0).position());
        assertTrue(exchangeInbox.failures.get(0).reason().startsWith("PersistenceException: connection lost"),
                exchangeInbox.failures.get(0).reason());
        assertEquals(2, files(".failed").size(), "the file and its reason");
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

    /** A UTF-8 CommerceML document of {@code n} counterparties c0..c(n-1), one per line. */
    private static byte[] counterparties(int n) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<КоммерческаяИнформация ВерсияСхемы=\"2.10\" ДатаФормирования=\"2026-11-23T10:00:00\">\n<Контрагенты>\n");
        for (int i = 0; i < n; i++) {
            xml.append("<Контрагент><Ид>c").append(i).append("</Ид><Наименование>ООО «Клиент ").append(i)
                    .append("»</Наименование></Контрагент>\n");
        }
        xml.append("</Контрагенты>\n</КоммерческаяИнформация>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

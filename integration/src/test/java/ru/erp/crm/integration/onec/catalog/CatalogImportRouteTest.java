package ru.erp.crm.integration.onec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.integration.camel.RecordingJournal;
import ru.erp.crm.integration.camel.RecordingJournal.BatchCounts;
import ru.erp.crm.integration.camel.RecordingJournal.DeadLetter;

/**
 * The catalogue route against in-memory doubles of the journal, the catalogue and the channels:
 * its timers are replaced by {@code direct:} endpoints, and each test claims one message and waits
 * for the route to be done with it.
 */
class CatalogImportRouteTest extends CamelTestSupport {

    private static final String CHANNEL = "site";
    private static final String IMPORT = "direct:import";

    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingCatalogImports catalog = new RecordingCatalogImports();
    private final FixedChannels channels = new FixedChannels(CHANNEL);

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        CatalogImportRoute route = new CatalogImportRoute();
        route.journal = journal;
        route.catalog = catalog;
        route.channels = channels;
        return route;
    }

    @Test
    void elementsReachTheCatalogueInBatchesOfAThousandAndTheCountsReachTheJournal() throws Exception {
        process(7, catalogue(2_500, null));

        assertEquals(List.of(1_000, 1_000, 500), catalog.batches.stream().map(List::size).toList());
        assertEquals("p1", catalog.batches.get(0).get(0).externalId());
        assertEquals("p2500", catalog.batches.get(2).get(499).externalId());
        assertEquals(List.of(new BatchCounts(7, 1_000, 1_000, 0, List.of()),
                new BatchCounts(7, 1_000, 1_000, 0, List.of()),
                new BatchCounts(7, 500, 500, 0, List.of())), journal.batches);
        assertEquals(List.of(7L), journal.finished);
        assertTrue(journal.deadLetters.isEmpty() && journal.retries.isEmpty());
    }

    @Test
    void aTruncatedFileIsDeadLetteredWithItsPositionAfterTheGoodElementsBeforeItWereApplied() throws Exception {
        byte[] whole = catalogue(2_500, Boolean.FALSE);
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.indexOf("<Ид>p1500</Ид>") + 6;
        byte[] truncated = Arrays.copyOf(whole, text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length);

        process(8, truncated);

        assertEquals(1_499, catalog.applied(), "every product before the damage");
        assertEquals(List.of(1_000, 499), catalog.batches.stream().map(List::size).toList());
        assertEquals("p1499", catalog.batches.get(1).get(498).externalId());
        assertEquals(1, journal.deadLetters.size());
        DeadLetter dead = journal.deadLetters.get(0);
        assertEquals(8, dead.messageId());
        int lastLine = (int) text.substring(0, cut).lines().count();
        assertTrue(dead.position().matches("line " + lastLine + ", column [1-9][0-9]*"), dead.position());
        assertEquals(2, journal.batches.size(), "counts of both applied batches are journaled");
        assertTrue(journal.finished.isEmpty(), "a dead letter is not finished");
        assertTrue(journal.retries.isEmpty(), "bad data is never retried");
        assertFalse(catalog.calls.contains("deactivate"), "a damaged full catalogue deactivates nothing");
    }

    @Test
    void aDatabaseFaultAsksForARetryAndIsNotADeadLetter() throws Exception {
        catalog.failBatch(2);

        process(9, catalogue(2_500, Boolean.FALSE));

        assertEquals(List.of(1_000), catalog.batches.stream().map(List::size).toList());
        assertEquals(1, journal.retries.size());
        assertEquals(9, journal.retries.get(0).messageId());
        assertTrue(journal.retries.get(0).reason().startsWith("PersistenceException: connection lost"),
                journal.retries.get(0).reason());
        assertTrue(journal.deadLetters.isEmpty());
        assertTrue(journal.finished.isEmpty());
        assertEquals(List.of("batch"), catalog.calls, "an interrupted full catalogue deactivates nothing");
    }

    @Test
    void aFullCatalogueDeactivatesWhatItOmitsOnlyAfterTheWholeFile() throws Exception {
        process(10, catalogue(2_500, Boolean.FALSE));

        assertEquals(List.of("batch", "batch", "batch", "deactivate"), catalog.calls);
        assertEquals(List.of(10L), journal.finished);
    }

    @Test
    void aChangesOnlyCatalogueDeactivatesNothing() throws Exception {
        process(11, catalogue(1_200, Boolean.TRUE));

        assertEquals(List.of("batch", "batch"), catalog.calls);
    }

    @Test
    void aChannelThatTreatsEveryFileAsChangesDeactivatesNothing() throws Exception {
        channels.catalogueMode(CatalogueMode.ALWAYS_PARTIAL);

        process(12, catalogue(1_200, Boolean.FALSE));

        assertEquals(List.of("batch", "batch"), catalog.calls);
        assertEquals(List.of(12L), journal.finished);
    }

    /** Queues the message, starts the route with its timers replaced, triggers one poll and waits for it. */
    private void process(long messageId, byte[] payload) throws Exception {
        journal.queue(new ClaimedMessage(messageId, CHANNEL, MessageKinds.ONE_C_CATALOG, "import.xml", "key" + messageId, 1),
                payload);
        AdviceWith.adviceWith(context, CatalogImportRoute.ROUTE_ID, route -> route.replaceFromWith(IMPORT));
        context.start();
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(CatalogImportRoute.ROUTE_ID).whenDone(1).create();

        template.asyncSendBody(IMPORT, null);

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route did not finish the message");
    }

    /** An import.xml of {@code products} products p1..pN, one per line, with СодержитТолькоИзменения when not null. */
    static byte[] catalogue(int products, Boolean onlyChanges) {
        StringBuilder xml = new StringBuilder(products * 80)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.08\">\n")
                .append("<Каталог").append(onlyChanges == null ? "" : " СодержитТолькоИзменения=\"" + onlyChanges + "\"")
                .append("><Ид>cat</Ид><Наименование>Каталог</Наименование><Товары>\n");
        for (int i = 1; i <= products; i++) {
            xml.append("<Товар><Ид>p").append(i).append("</Ид><Наименование>Товар ").append(i)
                    .append("</Наименование></Товар>\n");
        }
        xml.append("</Товары></Каталог></КоммерческаяИнформация>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package ru.erp.crm.integration.onec.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import ru.erp.crm.exchange.boundary.ElementErrorView;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.integration.camel.RecordingJournal;
import ru.erp.crm.integration.camel.RecordingJournal.BatchCounts;
import ru.erp.crm.integration.camel.RecordingJournal.DeadLetter;
import ru.erp.crm.integration.onec.commerceml.Samples;
import ru.erp.crm.sales.boundary.OneCDocument;

/**
 * The document route against in-memory doubles of the journal and the sales component: its timer
 * is replaced by a {@code direct:} endpoint, and each test claims one message and waits for the
 * route to be done with it.
 */
class OneCDocumentImportRouteTest extends CamelTestSupport {

    private static final String CHANNEL = "site";
    private static final String IMPORT = "direct:import";

    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingOrderExchange orders = new RecordingOrderExchange();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        OneCDocumentImportRoute route = new OneCDocumentImportRoute();
        route.journal = journal;
        route.orders = orders;
        return route;
    }

    @Test
    void aRealFileReachesTheSalesComponentAndItsCountsTheJournal() throws Exception {
        process(5, Samples.bytes("2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml"));

        assertEquals(1, orders.batches.size());
        assertEquals(List.of("20", "98"), orders.batches.get(0).stream().map(OneCDocument::number).toList());
        assertEquals(List.of(CHANNEL), orders.channels);
        assertEquals(List.of(5L), orders.messageIds);
        assertEquals(List.of(new BatchCounts(5, 2, 2, 0, List.of())), journal.batches);
        assertEquals(List.of(5L), journal.finished);
        assertTrue(journal.deadLetters.isEmpty() && journal.retries.isEmpty());
    }

    @Test
    void documentsGoInBatchesOfTwoHundred() throws Exception {
        process(6, documents(450, ""));

        assertEquals(List.of(200, 200, 50), orders.batches.stream().map(List::size).toList());
        assertEquals("d1", orders.batches.get(0).get(0).externalId());
        assertEquals("d450", orders.batches.get(2).get(49).externalId());
        assertEquals(List.of(new BatchCounts(6, 200, 200, 0, List.of()), new BatchCounts(6, 200, 200, 0, List.of()),
                new BatchCounts(6, 50, 50, 0, List.of())), journal.batches);
        assertEquals(List.of(6L), journal.finished);
    }

    @Test
    void unreadableDocumentsAreJournaledAsFailuresOfTheirBatchBesideTheOnesTheSalesComponentRefused() throws Exception {
        orders.refuse("d3");
        String bad = "<Документ><Номер>без Ид</Номер></Документ>\n<Документ><Ид>bad</Ид><Сумма>много</Сумма></Документ>\n";

        process(7, documents(3, bad));

        assertEquals(List.of("d1", "d2", "d3"), orders.batches.get(0).stream().map(OneCDocument::externalId).toList());
        assertEquals(List.of(new BatchCounts(7, 5, 2, 0, List.of(
                new ElementErrorView("line 6: /КоммерческаяИнформация/Документ[4]", null, "Документ has no Ид"),
                new ElementErrorView("line 7: /КоммерческаяИнформация/Документ[5]", "bad", "Сумма is not a number: 'много'"),
                new ElementErrorView("line 5: /КоммерческаяИнформация/Документ[3]", "d3", RecordingOrderExchange.UNKNOWN_ORDER)))),
                journal.batches);
        assertEquals(List.of(7L), journal.finished, "partly applied is the journal's verdict, not a dead letter");
    }

    @Test
    void aBatchOfOnlyUnreadableDocumentsIsJournaledWithoutCallingTheSalesComponent() throws Exception {
        process(8, documents(0, "<Документ><Сумма>1</Сумма></Документ>\n"));

        assertTrue(orders.batches.isEmpty());
        assertEquals(List.of(new BatchCounts(8, 1, 0, 0, List.of(new ElementErrorView(
                "line 3: /КоммерческаяИнформация/Документ[1]", null, "Документ has no Ид")))), journal.batches);
        assertEquals(List.of(8L), journal.finished);
    }

    @Test
    void aFileWithoutDocumentsIsFinishedWithNothingApplied() throws Exception {
        process(9, Samples.bytes("2.05/site-query-response/orders-empty.xml"));

        assertTrue(orders.batches.isEmpty());
        assertTrue(journal.batches.isEmpty());
        assertEquals(List.of(9L), journal.finished);
    }

    @Test
    void aTruncatedFileIsDeadLetteredWithItsPositionAfterTheDocumentsBeforeItWereApplied() throws Exception {
        byte[] whole = documents(450, "");
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.indexOf("<Ид>d300</Ид>") + 6;
        byte[] truncated = Arrays.copyOf(whole, text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length);

        process(10, truncated);

        assertEquals(List.of(200, 99), orders.batches.stream().map(List::size).toList(), "every document before the damage");
        assertEquals("d299", orders.batches.get(1).get(98).externalId());
        assertEquals(2, journal.batches.size(), "counts of both applied batches are journaled");
        assertEquals(1, journal.deadLetters.size());
        DeadLetter dead = journal.deadLetters.get(0);
        assertEquals(10, dead.messageId());
        int lastLine = (int) text.substring(0, cut).lines().count();
        assertTrue(dead.position().matches("line " + lastLine + ", column [1-9][0-9]*"), dead.position());
        assertTrue(dead.reason().startsWith("Malformed CommerceML at line " + lastLine), dead.reason());
        assertTrue(journal.finished.isEmpty(), "a dead letter is not finished");
        assertTrue(journal.retries.isEmpty(), "bad data is never retried");
    }

    @Test
    void aDatabaseFaultAsksForARetryAndIsNotADeadLetter() throws Exception {
        orders.failBatch(2);

        process(11, documents(450, ""));

        assertEquals(List.of(200), orders.batches.stream().map(List::size).toList());
        assertEquals(1, journal.retries.size());
        assertTrue(journal.retries.get(0).reason().startsWith("PersistenceException: connection lost"),
                journal.retries.get(0).reason());
        assertTrue(journal.deadLetters.isEmpty());
        assertTrue(journal.finished.isEmpty());
    }

    /** Queues the message, starts the route with its timer replaced, triggers one poll and waits for it. */
    private void process(long messageId, byte[] payload) throws Exception {
        journal.queue(new ClaimedMessage(messageId, CHANNEL, MessageKinds.ONE_C_DOCUMENTS, "documents.xml",
                "key" + messageId, 1), payload);
        AdviceWith.adviceWith(context, OneCDocumentImportRoute.ROUTE_ID, route -> route.replaceFromWith(IMPORT));
        context.start();
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(OneCDocumentImportRoute.ROUTE_ID).whenDone(1).create();

        template.asyncSendBody(IMPORT, null);

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route did not finish the message");
    }

    /** A file of {@code count} orders d1..dN, one per line from line 3, followed by {@code more}. */
    private static byte[] documents(int count, String more) {
        StringBuilder xml = new StringBuilder(count * 200)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.08\">\n");
        for (int i = 1; i <= count; i++) {
            xml.append("<Документ><Ид>d").append(i).append("</Ид><Номер>").append(i)
                    .append("</Номер><ХозОперация>Заказ товара</ХозОперация><Сумма>100.00</Сумма></Документ>\n");
        }
        xml.append(more).append("</КоммерческаяИнформация>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package ru.erp.crm.integration.onec.counterparties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.boundary.CounterpartyImports.CompletedMessage;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.integration.camel.RecordingJournal;

/**
 * The counterparty import route against in-memory doubles: the timer is replaced by a direct
 * endpoint, one journaled message is queued, and NotifyBuilder waits until the route is done.
 */
class CounterpartyImportRouteTest extends CamelTestSupport {

    private static final String IMPORT = "direct:import";
    private static final String KEY = "sha256:abc";

    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingCounterpartyImports imports = new RecordingCounterpartyImports();
    private final RecordingInbox inbox = new RecordingInbox();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        CounterpartyImportRoute route = new CounterpartyImportRoute();
        route.journal = journal;
        route.imports = imports;
        route.inbox = inbox;
        return route;
    }

    @Test
    void aMessageIsAppliedInBatchesOfFiveHundredAndItsLastBatchRecordsTheKey() throws Exception {
        run(CounterpartyXml.counterparties(1_200));

        assertEquals(List.of(500, 500, 200), imports.calls.stream().map(c -> c.batch().size()).toList());
        assertNull(imports.calls.get(0).completed());
        CompletedMessage completed = imports.calls.get(2).completed();
        assertEquals(CounterpartyFolderRoute.CHANNEL, completed.channel());
        assertEquals(KEY, completed.key());
        assertEquals("c1199", imports.calls.get(2).batch().get(199).externalId());
        assertEquals(List.of(500, 500, 200), journal.batches.stream().map(RecordingJournal.BatchCounts::applied).toList());
        assertEquals(List.of(7L), journal.finished);
    }

    @Test
    void aReplayedMessageIsAppliedAgainWithoutRecordingItsKeyTwice() throws Exception {
        inbox.applied(KEY);

        run(CounterpartyXml.counterparties(10));

        assertEquals(1, imports.calls.size());
        assertNull(imports.calls.get(0).completed(), "the key is recorded already");
        assertEquals(List.of(7L), journal.finished);
    }

    @Test
    void aDatabaseFaultKeepsTheEarlierBatchAndQueuesTheMessageAgain() throws Exception {
        imports.failBatch(2);

        run(CounterpartyXml.counterparties(1_200));

        assertEquals(500, imports.imported(), "the batch before the fault stays applied");
        assertTrue(imports.calls.stream().allMatch(c -> c.completed() == null), "the message is not marked applied");
        assertEquals(1, journal.retries.size());
        assertTrue(journal.retries.get(0).reason().contains("connection lost"), journal.retries.get(0).reason());
        assertTrue(journal.finished.isEmpty());
    }

    @Test
    void aDamagedPayloadIsDeadLetteredWithItsPosition() throws Exception {
        run(CounterpartyXml.truncatedAtC700().getBytes(StandardCharsets.UTF_8));

        assertEquals(1, journal.deadLetters.size(), "retries " + journal.retries + ", finished " + journal.finished + ", batches " + journal.batches.size());
        assertTrue(journal.deadLetters.get(0).position().startsWith("line "), journal.deadLetters.get(0).position());
        assertTrue(journal.retries.isEmpty(), "a broken file is never retried");
        assertTrue(journal.finished.isEmpty());
    }

    private void run(byte[] payload) throws Exception {
        AdviceWith.adviceWith(context, CounterpartyImportRoute.ROUTE_ID, route -> route.replaceFromWith(IMPORT));
        context.start();
        journal.queue(new ClaimedMessage(7, CounterpartyFolderRoute.CHANNEL, MessageKinds.ONE_C_COUNTERPARTIES,
                "clients.xml", KEY, 1), payload);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(CounterpartyImportRoute.ROUTE_ID).whenDone(1).create();
        template.sendBody(IMPORT, null);
        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route did not finish the message");
    }
}

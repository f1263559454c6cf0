package ru.erp.crm.integration.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.integration.camel.RecordingJournal;
import ru.erp.crm.integration.camel.RecordingJournal.BatchCounts;
import ru.erp.crm.integration.camel.RecordingJournal.DeadLetter;
import ru.erp.crm.sales.boundary.ShipmentStatusUpdate.Status;

/**
 * The shipment status route against in-memory doubles of the journal and the orders: its timer is
 * replaced by a direct endpoint, one journaled status is queued, and NotifyBuilder waits until the
 * route is done with it.
 */
class ShipmentStatusImportRouteTest extends CamelTestSupport {

    private static final String IMPORT = "direct:import";

    private final RecordingJournal journal = new RecordingJournal();
    private final FakeOrderExchange orders = new FakeOrderExchange();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        ShipmentStatusImportRoute route = new ShipmentStatusImportRoute();
        route.journal = journal;
        route.orders = orders;
        return route;
    }

    @Test
    void aStatusReachesItsOrderAndIsCountedAsOneApplied() throws Exception {
        process(21, ShipmentSamples.status("lg-3001"));

        assertEquals(1, orders.statuses.size());
        assertEquals("lg-3001", orders.statuses.get(0).messageId());
        assertEquals(Status.SHIPPED, orders.statuses.get(0).status());
        assertEquals(List.of(new BatchCounts(21, 1, 1, 0, List.of())), journal.batches);
        assertEquals(List.of(21L), journal.finished);
        assertTrue(journal.deadLetters.isEmpty() && journal.retries.isEmpty());
    }

    @Test
    void aStatusForAnUnknownOrderIsDeadLetteredNamingTheOrder() throws Exception {
        orders.knownOrders(update -> false);

        process(22, ShipmentSamples.status("lg-3002"));

        assertEquals(List.of(new DeadLetter(22, "No order with Ид " + ShipmentSamples.ORDER_GUID + " / number CRM-000017",
                "element ShipmentStatus/order")), journal.deadLetters);
        assertTrue(journal.finished.isEmpty());
        assertTrue(journal.retries.isEmpty(), "an unknown order is not retried blindly");
    }

    @Test
    void anInvalidStatusIsDeadLetteredWithItsPositionAndNeverReachesTheOrders() throws Exception {
        process(23, ShipmentSamples.status("lg-3003", "<number>CRM-1</number>", "LOST", "2026-11-23T14:05:00Z"));

        assertTrue(orders.statuses.isEmpty());
        assertEquals(1, journal.deadLetters.size());
        DeadLetter dead = journal.deadLetters.get(0);
        assertTrue(dead.reason().contains("'LOST'"), dead.reason());
        assertTrue(dead.position().matches("line 5, column \\d+, element ShipmentStatus/status"), dead.position());
        assertTrue(journal.retries.isEmpty());
    }

    @Test
    void aDatabaseFaultAsksForARetry() throws Exception {
        orders.failNextStatus(new IllegalStateException("connection lost"));

        process(24, ShipmentSamples.status("lg-3004"));

        assertEquals(List.of(new RecordingJournal.Retry(24, "IllegalStateException: connection lost")), journal.retries);
        assertTrue(journal.deadLetters.isEmpty());
        assertTrue(journal.finished.isEmpty());
    }

    private void process(long messageId, String xml) throws Exception {
        journal.queue(new ClaimedMessage(messageId, LogisticsChannels.CODE, MessageKinds.SHIPMENT_STATUS, "ID:" + messageId,
                "lg-" + messageId, 1), xml.getBytes(StandardCharsets.UTF_8));
        AdviceWith.adviceWith(context, ShipmentStatusImportRoute.ROUTE_ID, route -> route.replaceFromWith(IMPORT));
        context.start();
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(ShipmentStatusImportRoute.ROUTE_ID).whenDone(1).create();

        template.asyncSendBody(IMPORT, null);

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route did not finish the message");
    }
}

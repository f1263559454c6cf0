package ru.erp.crm.integration.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.jms.JmsConstants;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.integration.camel.RecordingJournal.DeadLetter;
import ru.erp.crm.integration.logistics.FakeOrderExchange.Failed;
import ru.erp.crm.integration.logistics.FakeOrderExchange.Sent;
import ru.erp.crm.sales.boundary.ShipmentRequest;

/**
 * The outbound logistics route against in-memory doubles of the outbox, the journal and the
 * channels: its timer is replaced by a direct endpoint and the JMS queue by a mock, and each test
 * triggers one poll and waits until it is done.
 */
class ShipmentRequestRouteTest extends CamelTestSupport {

    private static final String POLL = "direct:poll";
    private static final String QUEUE = "mock:logistics-queue";

    private final FakeOrderExchange orders = new FakeOrderExchange();
    private final LogisticsJournal journal = new LogisticsJournal();
    private final LogisticsChannels channels = new LogisticsChannels();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        ShipmentRequestRoute route = new ShipmentRequestRoute();
        route.orders = orders;
        route.journal = journal;
        route.channels = channels;
        return route;
    }

    @Test
    void aPendingRequestIsJournaledSentWithItsKeyAndConfirmed() throws Exception {
        orders.pending(ShipmentSamples.request("shipment-7"));
        MockEndpoint queue = getMockEndpoint(QUEUE);
        queue.expectedMessageCount(1);
        queue.expectedHeaderReceived(ShipmentRequestRoute.REQUEST_ID, "shipment-7");
        queue.expectedHeaderReceived(JmsConstants.JMS_HEADER_CORRELATION_ID, "shipment-7");
        queue.expectedHeaderReceived(JmsConstants.JMS_DESTINATION_NAME, LogisticsChannels.QUEUE);

        poll();

        queue.assertIsSatisfied();
        assertEquals(1, journal.received.size());
        IncomingMessage journaled = journal.received.get(0).message();
        assertEquals(LogisticsChannels.CODE, journaled.channel());
        assertEquals(MessageDirection.OUT, journaled.direction());
        assertEquals(MessageKinds.SHIPMENT_REQUEST, journaled.kind());
        assertEquals("shipment-7", journaled.idempotencyKey());
        String sentXml = queue.getExchanges().get(0).getIn().getBody(String.class);
        assertEquals(new String(journal.received.get(0).payload(), StandardCharsets.UTF_8), sentXml,
                "what was sent is what was journaled");
        assertTrue(sentXml.contains("<requestId>shipment-7</requestId>"), sentXml);
        assertEquals(List.of(1L), journal.finished);
        assertEquals(List.of(new Sent("shipment-7", 1)), orders.sent);
        assertTrue(orders.failed.isEmpty());
    }

    @Test
    void onlyTheRouteHeadersBecomeJmsProperties() throws Exception {
        orders.pending(ShipmentSamples.request("shipment-8"));
        MockEndpoint queue = getMockEndpoint(QUEUE);
        queue.expectedMessageCount(1);

        poll();

        queue.assertIsSatisfied();
        assertEquals(List.of(JmsConstants.JMS_DESTINATION_NAME, JmsConstants.JMS_HEADER_CORRELATION_ID,
                        ShipmentRequestRoute.REQUEST_ID),
                queue.getExchanges().get(0).getIn().getHeaders().keySet().stream().sorted().toList());
    }

    @Test
    void aFailingSendIsDeadLetteredAndReportedToTheOutbox() throws Exception {
        orders.pending(ShipmentSamples.request("shipment-9"));
        getMockEndpoint(QUEUE).whenAnyExchangeReceived(exchange -> {
            throw new JMSException("broker unreachable");
        });

        poll();

        assertEquals(List.of(new Failed("shipment-9", "JMSException: broker unreachable")), orders.failed);
        assertEquals(List.of(new DeadLetter(1, "JMSException: broker unreachable", null)), journal.deadLetters);
        assertTrue(journal.finished.isEmpty());
        assertTrue(orders.sent.isEmpty());
    }

    @Test
    void aRequestThatDoesNotFitTheSchemaIsReportedAndNeverJournaledOrSent() throws Exception {
        ShipmentRequest valid = ShipmentSamples.request("shipment-10");
        orders.pending(new ShipmentRequest("shipment-10", valid.orderId(), valid.orderGuid(),
                valid.orderNumber(), valid.orderDate(), valid.consignee(), null, List.of(), null));
        orders.pending(ShipmentSamples.request("shipment-11"));
        getMockEndpoint(QUEUE).expectedMessageCount(1);

        poll();

        getMockEndpoint(QUEUE).assertIsSatisfied();
        assertEquals(1, orders.failed.size());
        assertEquals("shipment-10", orders.failed.get(0).requestId());
        assertTrue(orders.failed.get(0).reason().contains("does not fit shipment-1.0.xsd"), orders.failed.get(0).reason());
        assertEquals(List.of("shipment-11"), journal.received.stream().map(r -> r.message().idempotencyKey()).toList());
        assertEquals(List.of(new Sent("shipment-11", 1)), orders.sent, "the next request goes on");
    }

    @Test
    void aRequestTheJournalSaysWasSentIsConfirmedWithoutBeingSentAgain() throws Exception {
        orders.pending(ShipmentSamples.request("shipment-12"));
        journal.journaledBefore(LogisticsChannels.CODE, MessageDirection.OUT, "shipment-12", 40, MessageStatus.APPLIED);
        getMockEndpoint(QUEUE).expectedMessageCount(0);

        poll();

        getMockEndpoint(QUEUE).assertIsSatisfied();
        assertEquals(List.of(new Sent("shipment-12", 40)), orders.sent);
        assertTrue(journal.received.isEmpty());
    }

    @Test
    void aSentRequestWhoseConfirmationFailsIsNeitherFailedNorLeftUnfinished() throws Exception {
        orders.pending(ShipmentSamples.request("shipment-14"));
        orders.failNextSent(new IllegalStateException("connection lost"));
        getMockEndpoint(QUEUE).expectedMessageCount(1);

        poll();

        getMockEndpoint(QUEUE).assertIsSatisfied();
        assertEquals(List.of(1L), journal.finished, "the journal says it was sent, so the next poll confirms it");
        assertTrue(orders.failed.isEmpty(), "failing it would send it twice");
        assertTrue(journal.deadLetters.isEmpty());
    }

    @Test
    void aSentRequestWhoseRepeatedConfirmationFailsIsNotReportedAsFailed() throws Exception {
        orders.pending(ShipmentSamples.request("shipment-15"));
        journal.journaledBefore(LogisticsChannels.CODE, MessageDirection.OUT, "shipment-15", 41, MessageStatus.APPLIED);
        orders.failNextSent(new IllegalStateException("connection lost"));

        poll();

        assertTrue(orders.failed.isEmpty());
        assertTrue(journal.received.isEmpty());
    }

    @Test
    void withoutAnEnabledLogisticsChannelNothingIsAskedOrSent() throws Exception {
        channels.disable();
        orders.pending(ShipmentSamples.request("shipment-13"));
        getMockEndpoint(QUEUE).expectedMessageCount(0);

        poll();

        getMockEndpoint(QUEUE).assertIsSatisfied();
        assertTrue(journal.received.isEmpty());
        assertTrue(orders.sent.isEmpty() && orders.failed.isEmpty());
    }

    /** Starts the routes with the timer and the queue replaced, triggers one poll and waits for it. */
    private void poll() throws Exception {
        AdviceWith.adviceWith(context, ShipmentRequestRoute.ROUTE_ID, route -> route.replaceFromWith(POLL));
        AdviceWith.adviceWith(context, ShipmentRequestRoute.SEND_ROUTE_ID,
                route -> route.weaveByToUri("jms:*").replace().to(QUEUE));
        context.start();
        // The splitters' parts come from the same route: only the poll itself being done counts.
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(ShipmentRequestRoute.ROUTE_ID)
                .filter(exchange -> exchange.getProperty(Exchange.SPLIT_INDEX) == null).whenDone(1).create();

        template.asyncSendBody(POLL, null);

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the poll did not finish");
    }
}

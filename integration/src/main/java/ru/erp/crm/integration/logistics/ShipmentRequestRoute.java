package ru.erp.crm.integration.logistics;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.jms.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.jms.JmsConstants;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.boundary.MessageProgress;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.sales.boundary.OrderExchange;
import ru.erp.crm.sales.boundary.ShipmentRequest;

/**
 * Sends the shipment requests waiting in the outbox to the logistics queue, once a second and only
 * while an enabled {@link ChannelKind#LOGISTICS_QUEUE} channel exists (its code names the journal
 * channel, its queue name the physical queue).
 *
 * <p>Two steps, so that the journal is the list of what is to be sent: each pending request is
 * written as XML and journaled as an OUT message of kind {@value MessageKinds#SHIPMENT_REQUEST}
 * (key = requestId); then every journaled request still waiting is claimed and put on the queue
 * with the JMS property {@code requestId} and the JMSCorrelationID both set to the requestId, the
 * receiver's idempotency key. A sent message is finished in the journal and confirmed to the
 * outbox. So a request whose confirmation was lost is confirmed again without being sent again (the
 * journal already says it was sent), a message a crash left unsent is sent after the restart (the
 * journal requeues it), and an administrator's replay of a sent request sends it once more. No import
 * route claims these messages: their kind is outbound only.
 *
 * <p>A request that cannot be written or sent is dead-lettered in the journal with the reason and
 * reported to the outbox, which offers it again at a later poll and gives up after a few attempts.
 */
@Dependent
public class ShipmentRequestRoute extends RouteBuilder {

    public static final String ROUTE_ID = "shipment-requests";
    static final String JOURNAL_ROUTE_ID = "shipment-request-journal";
    static final String SEND_ROUTE_ID = "shipment-request-send";
    static final int BATCH = 50;
    /** The physical queue when a channel names none; the channel's queue name wins. */
    static final String DEFAULT_QUEUE = "CrmShipmentRequests";
    static final String REQUEST_ID = "requestId";
    static final String JMS_ENDPOINT = "jms:queue:" + DEFAULT_QUEUE;
    private static final String JOURNAL = "direct:" + JOURNAL_ROUTE_ID;
    private static final String SEND = "direct:" + SEND_ROUTE_ID;
    private static final String CHANNEL = "logisticsChannel";
    private static final String QUEUE = "logisticsQueue";
    private static final String SENT = "shipmentRequestSent";

    @EJB
    OrderExchange orders;

    @EJB
    ExchangeJournal journal;

    @EJB
    Channels channels;

    @Resource(lookup = "java:app/jms/crmConnectionFactory")
    ConnectionFactory connectionFactory;

    @Override
    public void configure() {
        if (getContext().hasComponent("jms") == null) {
            getContext().addComponent("jms", JmsComponent.jmsComponent(connectionFactory));
        }

        from("timer:" + ROUTE_ID + "?delay=1000&period=1000")
                .routeId(ROUTE_ID)
                .onException(Exception.class)
                    .handled(true)
                    .log(LoggingLevel.WARN, "Shipment requests: ${exception}")
                .end()
                .process(this::findChannel)
                .filter(exchangeProperty(CHANNEL).isNotNull())
                    .split(method(this, "pendingRequests"))
                        .to(JOURNAL)
                    .end()
                    .split(method(this, "waitingToBeSent")).streaming()
                        .to(SEND)
                    .end()
                .end();

        from(JOURNAL)
                .routeId(JOURNAL_ROUTE_ID)
                .onException(Exception.class)
                    .handled(true)
                    .process(this::journalFailed)
                .end()
                .process(this::journalRequest);

        from(SEND)
                .routeId(SEND_ROUTE_ID)
                .onException(Exception.class)
                    .handled(true)
                    .process(this::sendFailed)
                .end()
                .process(this::prepareMessage)
                .setExchangePattern(ExchangePattern.InOnly)
                .to(JMS_ENDPOINT)
                .setProperty(SENT, constant(Boolean.TRUE))
                .process(this::confirmSent);
    }

    void findChannel(Exchange exchange) {
        List<ChannelView> enabled = channels.enabledOfKind(ChannelKind.LOGISTICS_QUEUE);
        if (!enabled.isEmpty()) {
            ChannelView channel = enabled.get(0);
            exchange.setProperty(CHANNEL, channel.code());
            exchange.setProperty(QUEUE, channel.queueName() == null || channel.queueName().isBlank()
                    ? DEFAULT_QUEUE : channel.queueName().strip());
        }
    }

    /** The outbox's next requests, oldest first. */
    public List<ShipmentRequest> pendingRequests() {
        return orders.pendingShipmentRequests(BATCH);
    }

    /** The journaled requests not sent yet, claimed one by one as the splitter asks for the next. */
    public Iterator<ClaimedMessage> waitingToBeSent() {
        return new Iterator<>() {
            private Optional<ClaimedMessage> next = Optional.empty();

            @Override
            public boolean hasNext() {
                if (next.isEmpty()) {
                    next = journal.claimNext(Set.of(MessageKinds.SHIPMENT_REQUEST));
                }
                return next.isPresent();
            }

            @Override
            public ClaimedMessage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ClaimedMessage claimed = next.get();
                next = Optional.empty();
                return claimed;
            }
        };
    }

    void journalRequest(Exchange exchange) throws IOException {
        ShipmentRequest request = exchange.getIn().getBody(ShipmentRequest.class);
        String channel = exchange.getProperty(CHANNEL, String.class);
        Path payload = Files.createTempFile("crm-shipment-request-", ".xml");
        try {
            Files.write(payload, ShipmentMessages.requestXml(request));
            long id = journal.receive(new IncomingMessage(channel, MessageDirection.OUT, MessageKinds.SHIPMENT_REQUEST,
                    request.requestId() + ".xml", request.requestId(), payload));
            // The journal answers with the earlier message of this key while it is live: when that one
            // was sent, only its confirmation to the outbox got lost.
            Optional<MessageProgress> earlier = journal.progress(id);
            if (earlier.isPresent() && earlier.get().status() == MessageStatus.APPLIED) {
                exchange.setProperty(SENT, Boolean.TRUE);
                orders.shipmentRequestSent(request.requestId(), id);
            }
        } finally {
            Files.deleteIfExists(payload);
        }
    }

    void journalFailed(Exchange exchange) {
        ShipmentRequest request = exchange.getIn().getBody(ShipmentRequest.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (Boolean.TRUE.equals(exchange.getProperty(SENT, Boolean.class))) {
            // Sent in an earlier poll; only its confirmation failed again, which the next poll retries.
            log.warn("Shipment request {} was sent but not confirmed: {}", request.requestId(), reason(cause));
            return;
        }
        log.warn("Shipment request {} could not be journaled: {}", request.requestId(), reason(cause), cause);
        orders.shipmentRequestFailed(request.requestId(), reason(cause));
    }

    void prepareMessage(Exchange exchange) throws IOException {
        ClaimedMessage message = exchange.getIn().getBody(ClaimedMessage.class);
        exchange.setProperty(ClaimedMessage.class.getName(), message);
        Path payload = Files.createTempFile("crm-shipment-request-", ".xml");
        try {
            journal.copyPayloadTo(message.id(), payload);
            exchange.getIn().removeHeaders("*");
            exchange.getIn().setBody(Files.readString(payload, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(payload);
        }
        exchange.getIn().setHeader(REQUEST_ID, message.idempotencyKey());
        exchange.getIn().setHeader(JmsConstants.JMS_HEADER_CORRELATION_ID, message.idempotencyKey());
        exchange.getIn().setHeader(JmsConstants.JMS_DESTINATION_NAME, exchange.getProperty(QUEUE, String.class));
    }

    void confirmSent(Exchange exchange) {
        ClaimedMessage message = exchange.getProperty(ClaimedMessage.class.getName(), ClaimedMessage.class);
        journal.finish(message.id());
        orders.shipmentRequestSent(message.idempotencyKey(), message.id());
    }

    void sendFailed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        ClaimedMessage message = exchange.getProperty(ClaimedMessage.class.getName(), ClaimedMessage.class);
        if (message == null) {
            message = exchange.getIn().getBody(ClaimedMessage.class);
        }
        if (Boolean.TRUE.equals(exchange.getProperty(SENT, Boolean.class))) {
            // On the queue already: failing the request would send it twice. If the journal finished it,
            // the next poll confirms it to the outbox; if not, it stays PROCESSING until the restart's
            // recovery sends it again, which the receiver's key absorbs.
            log.warn("Shipment request {} was sent but not confirmed: {}", message.idempotencyKey(), reason(cause));
            return;
        }
        String reason = reason(cause);
        log.warn("Shipment request {} could not be sent: {}", message.idempotencyKey(), reason, cause);
        journal.deadLetter(message.id(), reason, null);
        orders.shipmentRequestFailed(message.idempotencyKey(), reason);
    }

    private static String reason(Exception cause) {
        return cause == null ? "unknown failure" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

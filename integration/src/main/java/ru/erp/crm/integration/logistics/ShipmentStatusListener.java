package ru.erp.crm.integration.logistics;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.boundary.MessageProgress;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.MessageDirection;

/**
 * The endpoint of the shipment status queue: journals each message as it arrives, as an IN
 * message of kind {@value MessageKinds#SHIPMENT_STATUS}, and returns; {@link ShipmentStatusImportRoute}
 * applies it. A message bean because Camel's JMS consumer misbehaves on OpenMQ.
 *
 * <p>The idempotency key is the {@code messageId} inside the XML when it can be read, else the
 * JMS message id. A key the journal has seen, whatever became of its message, is not journaled
 * again: so a redelivered message, or one the sender sent twice, is applied once. (The journal's
 * own check only covers live messages; a status dead-lettered for an unknown order would otherwise
 * come back with every resend. An administrator replays a dead letter instead.)
 *
 * <p>No distributed transaction: the journal writes in a transaction of its own, and the broker
 * takes the message back only when this returns. A failure before the journal committed throws,
 * and the broker redelivers; a failure after it is absorbed by the key. One consumer at a time,
 * so statuses are journaled in the order they arrive. A message that is not text is journaled as a
 * dead letter; with no enabled LOGISTICS_QUEUE channel every message is, under the channel code
 * {@value #UNCONFIGURED_CHANNEL}, so nothing is lost and an administrator can replay it later.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ShipmentStatusListener.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "endpointPoolMaxSize", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShipmentStatusListener implements MessageListener {

    public static final String QUEUE = "java:app/jms/ShipmentStatuses";
    static final String UNCONFIGURED_CHANNEL = "logistics";
    private static final Logger LOG = Logger.getLogger(ShipmentStatusListener.class.getName());

    @EJB
    ExchangeJournal journal;

    @EJB
    Channels channels;

    @Override
    public void onMessage(Message message) {
        try {
            journal(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read shipment status message: " + e.getMessage(), e);
        }
    }

    /** Journals the message unless its key was journaled before; the journal id, or empty for a repeat. */
    Optional<Long> journal(Message message) throws JMSException {
        String jmsId = message.getJMSMessageID();
        List<ChannelView> enabled = channels.enabledOfKind(ChannelKind.LOGISTICS_QUEUE);
        String channel = enabled.isEmpty() ? UNCONFIGURED_CHANNEL : enabled.get(0).code();
        String text = message instanceof TextMessage textMessage ? textMessage.getText() : null;
        String key = ShipmentMessages.statusMessageId(text).orElse(jmsId);
        if (key != null) {
            Optional<MessageProgress> seen = journal.findByKey(channel, MessageDirection.IN, key);
            if (seen.isPresent()) {
                LOG.info(() -> "Shipment status " + key + " was journaled before as message " + seen.get().id()
                        + " (" + seen.get().status() + "); " + jmsId + " is not journaled again");
                return Optional.empty();
            }
        }
        String source = jmsId == null ? "shipment-status" : jmsId;
        Path payload = temporaryPayload(text != null ? text.getBytes(StandardCharsets.UTF_8) : bodyOf(message));
        try {
            IncomingMessage incoming = new IncomingMessage(channel, MessageDirection.IN, MessageKinds.SHIPMENT_STATUS,
                    source, key, payload);
            if (text == null) {
                return Optional.of(journal.receiveRefused(incoming, "Not a text message (" + typeOf(message)
                        + "): shipment statuses are XML text messages", null));
            }
            if (enabled.isEmpty()) {
                return Optional.of(journal.receiveRefused(incoming,
                        "No enabled LOGISTICS_QUEUE channel takes shipment statuses", null));
            }
            return Optional.of(journal.receive(incoming));
        } finally {
            deleteQuietly(payload);
        }
    }

    /** What can be kept of a message that is not text: a bytes message's bytes, else nothing but its type. */
    private static byte[] bodyOf(Message message) throws JMSException {
        if (message.isBodyAssignableTo(byte[].class)) {
            byte[] bytes = message.getBody(byte[].class);
            if (bytes != null) {
                return bytes;
            }
        }
        return typeOf(message).getBytes(StandardCharsets.UTF_8);
    }

    private static String typeOf(Message message) {
        return Stream.of(BytesMessage.class, MapMessage.class, ObjectMessage.class, StreamMessage.class)
                .filter(type -> type.isInstance(message)).findFirst().map(Class::getSimpleName).orElse("Message");
    }

    private static Path temporaryPayload(byte[] content) {
        try {
            Path file = Files.createTempFile("crm-shipment-status-", ".xml");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a shipment status message for the journal", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete " + file + ": " + e.getMessage());
        }
    }
}

package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.MessageProgress;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;

/**
 * The logistics exchange on the real server: shipment status messages put on the application's
 * status queue (OpenMQ inside Payara) reach the journal through the message-driven bean and are
 * applied or dead-lettered by the status route. Runs inside the WAR, so it sends with the
 * application's own connection factory and queue.
 */
@ExtendWith(ArquillianExtension.class)
class LogisticsIT {

    /** The demo data's logistics channel: statuses are journaled under its code. */
    private static final String CHANNEL = "logistics";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment(testable = true)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    private ConnectionFactory factory;
    private Queue statuses;
    private ExchangeJournal journal;

    /** Looked up by name rather than injected: these are the names the application itself resolves. */
    @BeforeEach
    void lookUp() throws NamingException {
        factory = InitialContext.doLookup("java:app/jms/crmConnectionFactory");
        statuses = InitialContext.doLookup("java:app/jms/ShipmentStatuses");
        journal = InitialContext.doLookup("java:app/crm-ejb/ExchangeJournal");
    }

    @Test
    void aStatusForAnUnknownOrderIsDeadLetteredInTheJournal() throws InterruptedException {
        String messageId = "it-" + UUID.randomUUID();
        String unknownOrder = UUID.randomUUID().toString();

        send(status(messageId, unknownOrder));

        MessageProgress dead = await("the status is dead-lettered", () -> journaled(messageId)
                .filter(message -> message.status() == MessageStatus.DEAD_LETTERED));
        assertTrue(dead.reason().startsWith("No order with Ид " + unknownOrder), dead.reason());
        assertEquals("element ShipmentStatus/order", dead.position());
    }

    @Test
    void theSameStatusSentTwiceIsJournaledOnce() throws InterruptedException {
        String messageId = "it-" + UUID.randomUUID();
        String xml = status(messageId, UUID.randomUUID().toString());
        send(xml);
        MessageProgress first = await("the first copy is dealt with", () -> journaled(messageId)
                .filter(message -> message.status().isFinished()));

        send(xml);
        // One consumer takes the queue in order: once a status sent after the second copy is
        // journaled, the second copy has been consumed.
        String marker = "it-marker-" + UUID.randomUUID();
        send(status(marker, UUID.randomUUID().toString()));
        await("a status sent after the second copy is journaled", () -> journaled(marker));

        assertEquals(first.id(), journaled(messageId).orElseThrow().id(), "the newest message of the key is the first");
    }

    private Optional<MessageProgress> journaled(String messageId) {
        return journal.findByKey(CHANNEL, MessageDirection.IN, messageId);
    }

    private void send(String xml) {
        try (JMSContext context = factory.createContext()) {
            context.createProducer().send(statuses, xml);
        }
    }

    private static String status(String messageId, String orderGuid) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ShipmentStatus xmlns="urn:erp-crm:logistics:shipment:1.0">
                  <messageId>%s</messageId>
                  <order><id>%s</id></order>
                  <status>ACCEPTED</status>
                  <occurredAt>%s</occurredAt>
                </ShipmentStatus>
                """.formatted(messageId, orderGuid, Instant.now());
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        Optional<T> found = probe.get();
        while (found.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(250);
            found = probe.get();
        }
        return found.get();
    }
}

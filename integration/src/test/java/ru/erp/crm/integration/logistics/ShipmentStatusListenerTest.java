package ru.erp.crm.integration.logistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.integration.camel.RecordingJournal.Received;

class ShipmentStatusListenerTest {

    private final LogisticsJournal journal = new LogisticsJournal();
    private final LogisticsChannels channels = new LogisticsChannels();
    private final ShipmentStatusListener listener = new ShipmentStatusListener();

    @BeforeEach
    void wire() {
        listener.journal = journal;
        listener.channels = channels;
    }

    @Test
    void aStatusIsJournaledUnderItsMessageIdOnTheLogisticsChannel() throws Exception {
        String xml = ShipmentSamples.status("lg-2001");

        Optional<Long> id = listener.journal(JmsTestMessages.text("ID:1", xml));

        assertEquals(Optional.of(1L), id);
        Received received = journal.received.get(0);
        assertEquals(new IncomingMessage(LogisticsChannels.CODE, MessageDirection.IN, MessageKinds.SHIPMENT_STATUS, "ID:1",
                "lg-2001", received.message().payload()), received.message());
        assertEquals(xml, new String(received.payload(), StandardCharsets.UTF_8));
        assertNull(received.refusal());
    }

    @Test
    void aRedeliveredStatusIsJournaledOnce() throws Exception {
        String xml = ShipmentSamples.status("lg-2002");

        listener.journal(JmsTestMessages.text("ID:2", xml));
        Optional<Long> again = listener.journal(JmsTestMessages.text("ID:2", xml));

        assertEquals(Optional.empty(), again);
        assertEquals(1, journal.received.size());
    }

    @Test
    void theSameMessageIdSentAgainAfterItsFirstCopyWasDeadLetteredIsNotJournaledAgain() throws Exception {
        journal.journaledBefore(LogisticsChannels.CODE, MessageDirection.IN, "lg-2003", 30, MessageStatus.DEAD_LETTERED);

        Optional<Long> id = listener.journal(JmsTestMessages.text("ID:3", ShipmentSamples.status("lg-2003")));

        assertEquals(Optional.empty(), id);
        assertTrue(journal.received.isEmpty());
    }

    @Test
    void textThatIsNotAStatusIsJournaledUnderItsJmsIdForTheRouteToDeadLetter() throws Exception {
        listener.journal(JmsTestMessages.text("ID:4", "status: SHIPPED"));

        Received received = journal.received.get(0);
        assertEquals("ID:4", received.message().idempotencyKey());
        assertNull(received.refusal(), "the route reads it and names the problem");
    }

    @Test
    void aMessageThatIsNotTextIsJournaledAsRefusedWithItsBytes() throws Exception {
        byte[] body = ShipmentSamples.status("lg-2005").getBytes(StandardCharsets.UTF_8);

        listener.journal(JmsTestMessages.bytes("ID:5", body));

        Received received = journal.received.get(0);
        assertEquals("ID:5", received.message().idempotencyKey());
        assertEquals("Not a text message (BytesMessage): shipment statuses are XML text messages", received.refusal());
        assertArrayEquals(body, received.payload());
    }

    @Test
    void withoutAnEnabledLogisticsChannelAStatusIsKeptAsADeadLetter() throws Exception {
        channels.disable();

        listener.journal(JmsTestMessages.text("ID:6", ShipmentSamples.status("lg-2006")));

        Received received = journal.received.get(0);
        assertEquals(ShipmentStatusListener.UNCONFIGURED_CHANNEL, received.message().channel());
        assertEquals("lg-2006", received.message().idempotencyKey());
        assertEquals("No enabled LOGISTICS_QUEUE channel takes shipment statuses", received.refusal());
    }
}

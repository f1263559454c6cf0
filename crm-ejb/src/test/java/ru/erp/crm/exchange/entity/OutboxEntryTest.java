package ru.erp.crm.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final OutboxEntry entry = new OutboxEntry("logistics-shipments", "shipment-request", 7, 2, NOW);

    @Test
    void aNewEntryWaitsForPullAndPush() {
        assertEquals(OutboxStatus.PENDING, entry.status());
        assertTrue(entry.awaitsPull());
        assertTrue(entry.awaitsPush(NOW, LEASE));
    }

    @Test
    void aHandedOutEntryIsPulledAgainUntilConfirmedAndPushedAgainOnlyAfterTheLease() {
        entry.handOut("t1", NOW);

        assertTrue(entry.awaitsPull(), "a query without success hands it out again");
        assertFalse(entry.awaitsPush(NOW.plus(LEASE), LEASE));
        assertTrue(entry.awaitsPush(NOW.plus(LEASE).plusSeconds(1), LEASE), "the claiming route died");

        entry.handOut("t2", NOW.plusSeconds(5));
        assertEquals("t2", entry.handedOutToken());
        entry.sent(null, NOW.plusSeconds(6));
        assertEquals(OutboxStatus.SENT, entry.status());
        assertFalse(entry.awaitsPull());
        assertThrows(IllegalStateException.class, () -> entry.handOut("t3", NOW));
    }

    @Test
    void sentTwiceIsSentOnce() {
        entry.handOut("claim", NOW);
        entry.sent(41L, NOW.plusSeconds(1));
        entry.sent(42L, NOW.plusSeconds(2));

        assertEquals(41L, entry.journalMessageId());
        assertEquals(NOW.plusSeconds(1), entry.sentAt());
    }

    @Test
    void failuresRetryUntilTheFifthGivesUp() {
        for (int attempt = 1; attempt < OutboxEntry.MAX_ATTEMPTS; attempt++) {
            entry.handOut("claim-" + attempt, NOW);
            entry.failed("queue down " + attempt);
            assertEquals(OutboxStatus.PENDING, entry.status());
            assertNull(entry.handedOutToken());
        }
        entry.handOut("claim-5", NOW);
        entry.failed(" ");

        assertEquals(OutboxStatus.FAILED, entry.status());
        assertEquals(5, entry.attempts());
        assertEquals("unknown failure", entry.lastError());
        entry.failed("a late report");
        assertEquals(5, entry.attempts(), "a given-up entry stays as it is");
    }

    @Test
    void aWithdrawnEntryIsFailedWithItsReason() {
        entry.withdraw("order CRM-000050 cancelled");

        assertEquals(OutboxStatus.FAILED, entry.status());
        assertEquals("withdrawn: order CRM-000050 cancelled", entry.lastError());
        assertEquals(0, entry.attempts());
        assertThrows(IllegalStateException.class, () -> entry.withdraw("again"));
    }

    @Test
    void anEntryWithdrawnWhileItsRouteSentItIsSentAfterAll() {
        entry.handOut("claim", NOW);
        entry.withdraw("order cancelled");
        entry.failed("too late to fail");
        entry.sent(7L, NOW);

        assertEquals(OutboxStatus.SENT, entry.status());
        assertEquals(0, entry.attempts());
        assertEquals("withdrawn: order cancelled", entry.lastError());
    }

    @Test
    void aLongReasonIsClippedAndATokenIsBounded() {
        entry.failed("x".repeat(3000));
        assertEquals(OutboxEntry.ERROR_LENGTH, entry.lastError().length());
        assertThrows(IllegalArgumentException.class, () -> entry.handOut("t".repeat(101), NOW));
        assertThrows(IllegalArgumentException.class, () -> entry.handOut(" ", NOW));
    }
}

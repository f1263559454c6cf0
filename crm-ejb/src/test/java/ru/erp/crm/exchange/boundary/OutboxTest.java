package ru.erp.crm.exchange.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.entity.OutboxStatus;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.testing.TestDatabase;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;

/**
 * The outbox's mapping, queries and row locks against the {@link TestDatabase}, each call in a
 * fresh persistence context and its own transaction, as a container-managed call would be.
 */
class OutboxTest {

    private static final String SITE = OutboxDestinations.ONE_C_SITE;
    private static final String LOGISTICS = OutboxDestinations.LOGISTICS;

    private static TestDatabase db;

    private final Outbox outbox = new Outbox();

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyOutbox() {
        db.delete("outbox_entry");
    }

    @Test
    void aPullingReceiverGetsWhatWaitsAgainUntilItConfirmsItsToken() {
        long first = enqueue(SITE, 1, 1);
        long second = enqueue(SITE, 2, 1);
        enqueue(LOGISTICS, 1, 1);

        assertEquals(List.of(first, second), ids(call(() -> outbox.handOut(SITE, "q1", 10))));
        assertEquals(List.of(first, second), ids(call(() -> outbox.handOut(SITE, "q2", 10))), "no success after q1");
        assertEquals(List.of(), call(() -> outbox.confirmHandOut(SITE, "q1")), "q1 was superseded by q2");

        long third = enqueue(SITE, 1, 2);
        List<OutboxEntryView> confirmed = call(() -> outbox.confirmHandOut(SITE, "q2"));

        assertEquals(List.of(first, second), ids(confirmed));
        assertEquals(OutboxStatus.SENT, confirmed.get(0).status());
        assertEquals(List.of(third), ids(call(() -> outbox.handOut(SITE, "q3", 10))), "enqueued after the query");
        assertEquals(List.of(), call(() -> outbox.confirmHandOut(SITE, " ")));
    }

    @Test
    void aPullIsLimitedOldestFirst() {
        long first = enqueue(SITE, 1, 1);
        enqueue(SITE, 2, 1);

        assertEquals(List.of(first), ids(call(() -> outbox.handOut(SITE, "q", 1))));
        assertThrows(InvalidRequestException.class, () -> call(() -> outbox.handOut(SITE, "q", 0)));
    }

    @Test
    void aPushingRouteClaimsEachEntryOnceUntilItFailsOrTheLeaseExpires() {
        long request = enqueue(LOGISTICS, 7, 3);

        List<OutboxEntryView> claimed = call(() -> outbox.claimPending(LOGISTICS, 50));
        assertEquals(List.of(request), ids(claimed));
        assertEquals(new OutboxEntryView(request, LOGISTICS, "shipment-request", 7, 3, OutboxStatus.HANDED_OUT,
                claimed.get(0).handedOutToken(), 0, null, claimed.get(0).createdAt(), claimed.get(0).handedOutAt(), null,
                null), claimed.get(0));
        assertEquals(List.of(), call(() -> outbox.claimPending(LOGISTICS, 50)), "claimed already");

        OutboxEntryView failed = call(() -> outbox.markFailed(request, "queue down"));
        assertEquals(OutboxStatus.PENDING, failed.status());
        assertEquals(1, failed.attempts());
        assertEquals(List.of(request), ids(call(() -> outbox.claimPending(LOGISTICS, 50))), "retried at the next poll");

        claimedLongAgo(request);
        assertEquals(List.of(request), ids(call(() -> outbox.claimPending(LOGISTICS, 50))), "its route died");
        OutboxEntryView sent = call(() -> outbox.markSent(request, 99));
        assertEquals(OutboxStatus.SENT, sent.status());
        assertEquals(99L, sent.journalMessageId());
        assertEquals(List.of(), call(() -> outbox.claimPending(LOGISTICS, 50)));
    }

    @Test
    void freshClaimsDoNotHideWaitingEntriesFromALimitedClaim() {
        long claimedFirst = enqueue(LOGISTICS, 1, 1);
        long waiting = enqueue(LOGISTICS, 2, 1);

        assertEquals(List.of(claimedFirst), ids(call(() -> outbox.claimPending(LOGISTICS, 1))));
        assertEquals(List.of(waiting), ids(call(() -> outbox.claimPending(LOGISTICS, 1))));
    }

    @Test
    void theFifthFailureGivesUp() {
        long request = enqueue(LOGISTICS, 7, 1);
        for (int attempt = 1; attempt <= 5; attempt++) {
            call(() -> outbox.claimPending(LOGISTICS, 50));
            call(() -> outbox.markFailed(request, "queue down"));
        }

        assertEquals(List.of(), call(() -> outbox.claimPending(LOGISTICS, 50)));
        assertEquals(OutboxStatus.FAILED, call(() -> outbox.list(OutboxStatus.FAILED, LOGISTICS, new PageRequest(0, 10)))
                .items().get(0).status());
    }

    @Test
    void withdrawingTakesBackOnlyWhatHasNotLeft() {
        long sent = enqueue(LOGISTICS, 7, 1);
        call(() -> outbox.claimPending(LOGISTICS, 50));
        call(() -> outbox.markSent(sent, 1));
        long waiting = enqueue(LOGISTICS, 7, 2);
        long other = enqueue(LOGISTICS, 8, 1);

        assertEquals(1, (int) call(() -> outbox.withdraw(LOGISTICS, 7, "order cancelled")));

        assertEquals(List.of(other), ids(call(() -> outbox.claimPending(LOGISTICS, 50))));
        OutboxEntryView withdrawn = call(() -> outbox.list(OutboxStatus.FAILED, null, new PageRequest(0, 10))).items().get(0);
        assertEquals(waiting, withdrawn.id());
        assertEquals("withdrawn: order cancelled", withdrawn.lastError());
    }

    @Test
    void theListFiltersByStatusAndDestinationNewestFirst() {
        long a = enqueue(SITE, 1, 1);
        long b = enqueue(LOGISTICS, 1, 1);
        long c = enqueue(SITE, 2, 1);

        assertEquals(List.of(c, b, a), ids(call(() -> outbox.list(null, null, new PageRequest(0, 10))).items()));
        assertEquals(List.of(c, a), ids(call(() -> outbox.list(OutboxStatus.PENDING, SITE, new PageRequest(0, 10))).items()));
        assertEquals(3, call(() -> outbox.list(null, " ", new PageRequest(0, 2))).total());
        assertEquals(0, call(() -> outbox.list(OutboxStatus.SENT, null, new PageRequest(0, 10))).total());
    }

    @Test
    void markingAnUnknownEntryIsNotFound() {
        assertThrows(RecordNotFoundException.class, () -> call(() -> outbox.markSent(404, 1)));
    }

    private long enqueue(String destination, long aggregateId, long version) {
        return call(() -> outbox.enqueue(destination, destination.equals(SITE) ? "1c-orders" : "shipment-request",
                aggregateId, version));
    }

    private static List<Long> ids(List<OutboxEntryView> entries) {
        return entries.stream().map(OutboxEntryView::id).toList();
    }

    private static void claimedLongAgo(long id) {
        db.execute("update outbox_entry set handed_out_at = timestamp '"
                + LocalDateTime.ofInstant(Instant.now().minusSeconds(3600), ZoneOffset.UTC).toString().replace('T', ' ')
                + "' where id = " + id);
    }

    private <T> T call(Supplier<T> work) {
        return db.call(em -> outbox.em = em, em -> work.get());
    }
}

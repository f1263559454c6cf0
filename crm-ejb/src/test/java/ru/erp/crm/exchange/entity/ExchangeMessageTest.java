package ru.erp.crm.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;

class ExchangeMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final PayloadDigest DIGEST = new PayloadDigest(1234, "ab".repeat(32));

    private static ExchangeMessage received() {
        ExchangeMessage message = new ExchangeMessage("1c-site", MessageDirection.IN, "catalog", "import.xml",
                "guid#1", DIGEST, NOW);
        setId(message, 7L);
        return message;
    }

    private static ExchangeMessage processing() {
        ExchangeMessage message = received();
        message.start(NOW.plusSeconds(1));
        return message;
    }

    private static ExchangeMessage finishedWith(int applied, int skipped, int failed) {
        ExchangeMessage message = processing();
        message.recordBatch(applied + skipped + failed, applied, skipped, failed);
        message.finish(NOW.plusSeconds(2));
        return message;
    }

    private static ExchangeMessage deadLetter() {
        ExchangeMessage message = processing();
        message.deadLetter("unknown schema version 3.1", "/КоммерческаяИнформация", NOW.plusSeconds(2));
        return message;
    }

    /** The sequence gives ids on persist; tests stand in for it. */
    private static void setId(ExchangeMessage message, long id) {
        try {
            Field field = ExchangeMessage.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(message, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewMessageWaitsWithNoAttempts() {
        ExchangeMessage message = received();
        assertEquals(MessageStatus.RECEIVED, message.status());
        assertEquals(0, message.attempts());
        assertEquals(1234, message.payloadSize());
        assertEquals(NOW, message.receivedAt());
    }

    @Test
    void startingCountsAnAttemptAndStartsTheCountsAfresh() {
        ExchangeMessage message = processing();
        message.recordBatch(10, 8, 1, 1);
        message.retryLater("deadlock", NOW.plusSeconds(5));
        assertEquals("deadlock", message.reason());

        message.start(NOW.plusSeconds(60));

        assertEquals(MessageStatus.PROCESSING, message.status());
        assertEquals(2, message.attempts());
        assertEquals(NOW.plusSeconds(60), message.startedAt());
        assertEquals(0, message.readCount() + message.appliedCount() + message.skippedCount() + message.failedCount());
        assertNull(message.reason());
    }

    @Test
    void onlyAWaitingMessageCanStart() {
        ExchangeMessage message = processing();
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> message.start(NOW));
        assertEquals("crm.rule.exchange.status", refused.messageKey());
        assertEquals(List.of("7", MessageStatus.PROCESSING), refused.arguments());
    }

    @Test
    void batchesAddUp() {
        ExchangeMessage message = processing();
        message.recordBatch(100, 90, 8, 2);
        message.recordBatch(50, 50, 0, 0);
        assertEquals(150, message.readCount());
        assertEquals(140, message.appliedCount());
        assertEquals(8, message.skippedCount());
        assertEquals(2, message.failedCount());
    }

    @Test
    void batchesNeedARunningMessageAndCountsThatAreNotNegative() {
        assertThrows(RuleViolationException.class, () -> received().recordBatch(1, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> processing().recordBatch(1, -1, 0, 0));
    }

    @Test
    void nothingFailedIsApplied() {
        ExchangeMessage message = finishedWith(5, 3, 0);
        assertEquals(MessageStatus.APPLIED, message.status());
        assertEquals(NOW.plusSeconds(2), message.finishedAt());
    }

    @Test
    void anEmptyMessageIsApplied() {
        assertEquals(MessageStatus.APPLIED, finishedWith(0, 0, 0).status());
    }

    @Test
    void someFailedBesideAppliedOrSkippedIsPartlyApplied() {
        assertEquals(MessageStatus.PARTLY_APPLIED, finishedWith(5, 0, 1).status());
        assertEquals(MessageStatus.PARTLY_APPLIED, finishedWith(0, 5, 1).status());
    }

    @Test
    void everyElementFailedIsFailed() {
        assertEquals(MessageStatus.FAILED, finishedWith(0, 0, 4).status());
    }

    @Test
    void onlyARunningMessageFinishes() {
        assertThrows(RuleViolationException.class, () -> received().finish(NOW));
        assertThrows(RuleViolationException.class, () -> finishedWith(1, 0, 0).finish(NOW));
    }

    @Test
    void aDeadLetterKeepsWhatWasAppliedBeforeIt() {
        ExchangeMessage message = processing();
        message.recordBatch(500, 500, 0, 0);
        message.deadLetter("unexpected end of file", "line 90412", NOW.plusSeconds(9));
        assertEquals(MessageStatus.DEAD_LETTERED, message.status());
        assertEquals(500, message.appliedCount());
        assertEquals("unexpected end of file", message.reason());
        assertEquals("line 90412", message.position());
        assertEquals(NOW.plusSeconds(9), message.finishedAt());
    }

    @Test
    void aMessageCanBeDeadLetteredBeforeAnyRouteTakesIt() {
        ExchangeMessage message = received();
        message.deadLetter("not a CommerceML file", null, NOW);
        assertEquals(MessageStatus.DEAD_LETTERED, message.status());
    }

    @Test
    void aFinishedMessageCannotBeDeadLettered() {
        assertThrows(RuleViolationException.class, () -> finishedWith(1, 0, 0).deadLetter("late", null, NOW));
    }

    @Test
    void aLongReasonIsCutToItsColumn() {
        ExchangeMessage message = processing();
        message.deadLetter("x".repeat(5000), "p".repeat(600), NOW);
        assertEquals(ExchangeMessage.REASON_LENGTH, message.reason().length());
        assertEquals(ExchangeMessage.POSITION_LENGTH, message.position().length());
    }

    @Test
    void aTransientFailureQueuesTheMessageAgainUntilTheLastAttempt() {
        ExchangeMessage message = received();
        for (int attempt = 1; attempt < ExchangeMessage.MAX_ATTEMPTS; attempt++) {
            message.start(NOW);
            message.retryLater("connection reset", NOW);
            assertEquals(MessageStatus.RECEIVED, message.status());
        }
        message.start(NOW);
        message.retryLater("connection reset", NOW.plusSeconds(30));
        assertEquals(MessageStatus.DEAD_LETTERED, message.status());
        assertEquals(ExchangeMessage.MAX_ATTEMPTS, message.attempts());
        assertEquals("connection reset", message.reason());
        assertEquals(NOW.plusSeconds(30), message.finishedAt());
    }

    @Test
    void anInterruptedMessageIsQueuedAgainKeepingItsAttempts() {
        ExchangeMessage message = processing();
        message.requeue();
        assertEquals(MessageStatus.RECEIVED, message.status());
        assertEquals(1, message.attempts());
        assertThrows(RuleViolationException.class, message::requeue);
    }

    @Test
    void aReplayIsANewWaitingCopyAndTheOriginalIsReplayed() {
        ExchangeMessage original = finishedWith(3, 0, 2);
        ExchangeMessage replay = original.replay(NOW.plusSeconds(3600));
        assertEquals(MessageStatus.REPLAYED, original.status());
        assertEquals(MessageStatus.RECEIVED, replay.status());
        assertEquals(7L, replay.replayOfId());
        assertEquals(0, replay.attempts());
        assertEquals(NOW.plusSeconds(3600), replay.receivedAt());
        assertEquals(List.of(original.channel(), original.direction(), original.kind(), original.sourceName(),
                        original.idempotencyKey(), original.payloadSize(), original.payloadSha256()),
                List.of(replay.channel(), replay.direction(), replay.kind(), replay.sourceName(),
                        replay.idempotencyKey(), replay.payloadSize(), replay.payloadSha256()));
    }

    @Test
    void deadLettersAndFailuresCanBeReplayed() {
        assertEquals(MessageStatus.RECEIVED, deadLetter().replay(NOW).status());
        assertEquals(MessageStatus.RECEIVED, finishedWith(0, 0, 1).replay(NOW).status());
    }

    @Test
    void aMessageStillWaitingOrRunningIsNotReplayed() {
        RuleViolationException waiting = assertThrows(RuleViolationException.class, () -> received().replay(NOW));
        assertEquals("crm.rule.exchange.notFinished", waiting.messageKey());
        RuleViolationException running = assertThrows(RuleViolationException.class, () -> processing().replay(NOW));
        assertEquals("crm.rule.exchange.notFinished", running.messageKey());
    }

    @Test
    void anOutboundMessageThePartnerConfirmedIsAppliedWithAllItsElements() {
        ExchangeMessage handedOut = new ExchangeMessage("1c-site", MessageDirection.OUT, "1c-orders", "orders.xml", "key",
                DIGEST, NOW);
        handedOut.delivered(3, NOW.plusSeconds(5));
        assertEquals(MessageStatus.APPLIED, handedOut.status());
        assertEquals(List.of(3, 3, 0, 0), List.of(handedOut.readCount(), handedOut.appliedCount(),
                handedOut.skippedCount(), handedOut.failedCount()));
        assertThrows(RuleViolationException.class, () -> handedOut.delivered(3, NOW));
    }

    @Test
    void aMessageIsReplayedOnlyOnce() {
        ExchangeMessage original = finishedWith(1, 0, 0);
        original.replay(NOW);
        RuleViolationException again = assertThrows(RuleViolationException.class, () -> original.replay(NOW));
        assertEquals("crm.rule.exchange.alreadyReplayed", again.messageKey());
    }

    @Test
    void resolvingADeadLetterRecordsWhoWhenAndHow() {
        ExchangeMessage message = deadLetter();
        message.resolve("erpadmin", "  1C re-sent a corrected file  ", NOW.plusSeconds(600));
        assertEquals(MessageStatus.DEAD_LETTERED, message.status());
        assertEquals("erpadmin", message.resolvedBy());
        assertEquals("1C re-sent a corrected file", message.resolution());
        assertEquals(NOW.plusSeconds(600), message.resolvedAt());
        assertEquals("erpadmin", message.snapshot().get("resolvedBy"));
    }

    @Test
    void onlyAnUnresolvedDeadLetterIsResolvedAndOnlyWithAComment() {
        RuleViolationException applied = assertThrows(RuleViolationException.class,
                () -> finishedWith(1, 0, 0).resolve("erpadmin", "done", NOW));
        assertEquals("crm.rule.exchange.notDeadLetter", applied.messageKey());

        ExchangeMessage message = deadLetter();
        InvalidRequestException blank = assertThrows(InvalidRequestException.class,
                () -> message.resolve("erpadmin", " ", NOW));
        assertEquals("comment", blank.violations().get(0).field());

        message.resolve("erpadmin", "done", NOW);
        RuleViolationException twice = assertThrows(RuleViolationException.class,
                () -> message.resolve("admin", "again", NOW));
        assertEquals("crm.rule.exchange.alreadyResolved", twice.messageKey());
    }

    @Test
    void bothLanguagesExplainEveryRefusal() {
        List<Executable> refusals = List.of(
                () -> processing().start(NOW),
                () -> processing().replay(NOW),
                () -> {
                    ExchangeMessage replayed = finishedWith(1, 0, 0);
                    replayed.replay(NOW);
                    replayed.replay(NOW);
                },
                () -> finishedWith(1, 0, 0).resolve("erpadmin", "x", NOW),
                () -> {
                    ExchangeMessage resolved = deadLetter();
                    resolved.resolve("erpadmin", "x", NOW);
                    resolved.resolve("erpadmin", "x", NOW);
                });
        Set<String> keys = refusals.stream()
                .map(refusal -> assertThrows(RuleViolationException.class, refusal).messageKey())
                .collect(Collectors.toSet());

        assertEquals(5, keys.size(), "keys: " + keys);
        for (String bundle : List.of("/ValidationMessages.properties", "/ValidationMessages_en.properties")) {
            PropertyResourceBundle messages = load(bundle);
            keys.forEach(key -> assertTrue(messages.containsKey(key), bundle + " lacks " + key));
        }
    }

    private static PropertyResourceBundle load(String resource) {
        try (InputStream in = ExchangeMessageTest.class.getResourceAsStream(resource)) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

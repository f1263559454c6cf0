package ru.erp.crm.exchange.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.ElementErrorView;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.MessageDetails;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;

class MessageCardTest {

    private static MessageCard cardOf(MessageStatus status, Instant resolvedAt) throws IOException {
        MessageCard card = new MessageCard();
        card.journal = new OneMessage(status, resolvedAt);
        card.setId(9L);
        card.load();
        return card;
    }

    @Test
    void finishedMessagesMayBeReplayedButNotOnesWaitingRunningOrAlreadyReplayed() throws IOException {
        for (MessageStatus status : MessageStatus.values()) {
            boolean expected = status != MessageStatus.RECEIVED && status != MessageStatus.PROCESSING
                    && status != MessageStatus.REPLAYED;
            assertEquals(expected, cardOf(status, null).isReplayable(), status.name());
        }
    }

    @Test
    void onlyAnUnresolvedDeadLetterMayBeResolved() throws IOException {
        assertTrue(cardOf(MessageStatus.DEAD_LETTERED, null).isResolvable());
        assertFalse(cardOf(MessageStatus.DEAD_LETTERED, Instant.EPOCH).isResolvable());
        assertFalse(cardOf(MessageStatus.FAILED, null).isResolvable());
    }

    @Test
    void theErrorTableAsksForTheMessagesErrorsPageByPage() throws IOException {
        MessageCard card = cardOf(MessageStatus.PARTLY_APPLIED, null);

        List<ElementErrorView> rows = card.getErrors().load(100, 50, null, null);

        OneMessage journal = (OneMessage) card.journal;
        assertEquals(9L, journal.errorsOf);
        assertEquals(new PageRequest(2, 50), journal.errorPage);
        assertEquals("offer 101", rows.get(0).position());
        assertEquals(120, card.getErrors().getRowCount());
    }

    /** The boundary as far as the card needs it: one message with 120 element errors. */
    static final class OneMessage extends ExchangeJournal {

        private final MessageStatus status;
        private final Instant resolvedAt;
        long errorsOf;
        PageRequest errorPage;

        OneMessage(MessageStatus status, Instant resolvedAt) {
            this.status = status;
            this.resolvedAt = resolvedAt;
        }

        @Override
        public Optional<MessageDetails> details(long id) {
            return Optional.of(new MessageDetails(id, "1c-site", MessageDirection.IN, "1c-catalog", "offers0_1.xml", "key",
                    status, Instant.EPOCH, null, null, 1, 130, 10, 0, 120, null, null, 100L, "abc", null, List.of(),
                    resolvedAt, resolvedAt == null ? null : "erpadmin", resolvedAt == null ? null : "fixed in 1C",
                    120, List.of()));
        }

        @Override
        public Page<ElementErrorView> errors(long id, PageRequest page) {
            errorsOf = id;
            errorPage = page;
            return Page.of(List.of(new ElementErrorView("offer 101", "guid-101", "no such product")), 120, page);
        }
    }
}

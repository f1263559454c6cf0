package ru.erp.crm.exchange.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.MessageFilter;
import ru.erp.crm.exchange.boundary.MessageSummary;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;

class MessageJournalTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void anEmptyFormFiltersNothing() {
        assertEquals(new MessageFilter(null, null, null, null, null, null, null), new MessageJournal().filter(MOSCOW));
    }

    @Test
    void blankTextsMeanAnyAndTheOthersAreTrimmed() {
        MessageJournal journal = new MessageJournal();
        journal.setChannel("  ");
        journal.setKind(" 1c-catalog ");
        journal.setQ(" import0_1.xml ");

        MessageFilter filter = journal.filter(MOSCOW);

        assertNull(filter.channel());
        assertEquals("1c-catalog", filter.kind());
        assertEquals("import0_1.xml", filter.q());
    }

    @Test
    void thePeriodRunsFromTheStartOfTheFirstDayToTheEndOfTheLastInTheGivenZone() {
        MessageJournal journal = new MessageJournal();
        journal.setFrom(LocalDate.of(2025, 3, 1));
        journal.setTo(LocalDate.of(2025, 3, 31));

        MessageFilter filter = journal.filter(MOSCOW);

        assertEquals(Instant.parse("2025-02-28T21:00:00Z"), filter.from());
        assertEquals(Instant.parse("2025-03-31T21:00:00Z"), filter.to(), "to is exclusive: the start of the next day");
    }

    @Test
    void aSingleDayIsAPeriodOfTwentyFourHours() {
        MessageJournal journal = new MessageJournal();
        journal.setFrom(LocalDate.of(2025, 6, 15));
        journal.setTo(LocalDate.of(2025, 6, 15));

        MessageFilter filter = journal.filter(ZoneId.of("UTC"));

        assertEquals(Instant.parse("2025-06-15T00:00:00Z"), filter.from());
        assertEquals(Instant.parse("2025-06-16T00:00:00Z"), filter.to());
    }

    @Test
    void theLazyModelAsksTheBoundaryForThePageOfTheTableWithTheFormsFilter() {
        RecordingJournal boundary = new RecordingJournal();
        MessageJournal journal = new MessageJournal();
        journal.journal = boundary;
        journal.setDirection(MessageDirection.IN);
        journal.setStatus(MessageStatus.DEAD_LETTERED);
        journal.setChannel("1c-site");

        List<MessageSummary> rows = journal.getModel().load(40, 20, null, null);

        assertEquals(new PageRequest(2, 20), boundary.page);
        assertEquals("1c-site", boundary.filter.channel());
        assertEquals(MessageDirection.IN, boundary.filter.direction());
        assertEquals(MessageStatus.DEAD_LETTERED, boundary.filter.status());
        assertEquals(List.of(77L), rows.stream().map(MessageSummary::id).toList());
        assertEquals(41, journal.getModel().getRowCount(), "the count comes with the page");
        assertEquals("77", journal.getModel().getRowKey(rows.get(0)));
    }

    /** The boundary as far as the list needs it: answers one message and remembers what it was asked. */
    static final class RecordingJournal extends ExchangeJournal {

        MessageFilter filter;
        PageRequest page;

        @Override
        public Page<MessageSummary> list(MessageFilter filter, PageRequest page) {
            this.filter = filter;
            this.page = page;
            return Page.of(List.of(line(77L)), 41, page);
        }
    }

    static MessageSummary line(long id) {
        return new MessageSummary(id, "1c-site", MessageDirection.IN, "1c-catalog", "import0_1.xml", "key",
                MessageStatus.DEAD_LETTERED, Instant.EPOCH, null, null, 1, 0, 0, 0, 0, "unreadable", null, 10L, null,
                null, null, null);
    }
}

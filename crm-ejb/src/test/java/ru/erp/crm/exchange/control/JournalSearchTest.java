package ru.erp.crm.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.MessageFilter;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;

class JournalSearchTest {

    @Test
    void noFilterSelectsEverything() {
        JournalSearch search = new JournalSearch(new MessageFilter(null, null, " ", null, null, null, ""));
        assertEquals(" where 1 = 1", search.where());
        assertEquals(Map.of(), search.parameters());
    }

    @Test
    void eachFilterNarrowsTheList() {
        Instant from = Instant.parse("2026-11-01T00:00:00Z");
        Instant to = Instant.parse("2026-11-02T00:00:00Z");
        JournalSearch search = new JournalSearch(new MessageFilter(" 1c-site ", MessageDirection.IN, "catalog",
                MessageStatus.DEAD_LETTERED, from, to, "Import"));
        assertEquals(" where 1 = 1 and m.channel = :channel and m.direction = :direction and m.kind = :kind"
                + " and m.status = :status and m.receivedAt >= :from and m.receivedAt < :to"
                + " and lower(m.sourceName) like :q escape '\\'", search.where());
        assertEquals(List.of("1c-site", MessageDirection.IN, "catalog", MessageStatus.DEAD_LETTERED, from, to, "%import%"),
                List.copyOf(search.parameters().values()));
    }

    @Test
    void wildcardsInTheTextAreTakenLiterally() {
        assertEquals("%offers\\_0\\%\\\\1%", JournalSearch.containsPattern(" offers_0%\\1 "));
    }
}

package ru.erp.crm.activity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.boundary.CalendarEntry;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.activity.boundary.SignificantDateView;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;

class CalendarResourceTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Thursday, 26 November 2026 (00:30 in Moscow, still the 25th in UTC). */
    private static final Clock THURSDAY = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(0, 30).atZone(MOSCOW).toInstant(), MOSCOW);

    private final CalendarResource calendar = new CalendarResource();
    private final SignificantDatesResource dates = new SignificantDatesResource();
    private final List<Object> asked = new ArrayList<>();

    @BeforeEach
    void calendars() {
        Calendars calendars = new Calendars() {
            @Override
            public List<CalendarEntry> day(Long userId, LocalDate date) {
                asked.addAll(Arrays.asList("day", userId, date));
                return List.of();
            }

            @Override
            public List<CalendarEntry> week(Long userId, LocalDate weekStart) {
                asked.addAll(Arrays.asList("week", userId, weekStart));
                return List.of();
            }

            @Override
            public List<CalendarEntry> team(Long headId, LocalDate from, LocalDate to) {
                asked.addAll(Arrays.asList("team", headId, from, to));
                return List.of();
            }

            @Override
            public Page<SignificantDateView> significantDates(LocalDate from, int days, PageRequest page) {
                asked.addAll(List.of("dates", from, days, page));
                return Page.of(List.of(), 0, page);
            }
        };
        calendar.calendars = calendars;
        calendar.clock = THURSDAY;
        dates.calendars = calendars;
        dates.clock = THURSDAY;
    }

    @Test
    void theDayIsTodayInTheServersZoneAndTheCallersUnlessNamed() {
        calendar.day(null, null);
        calendar.day("7", "2026-12-01");

        assertEquals(Arrays.asList("day", null, LocalDate.of(2026, 11, 26), "day", 7L, LocalDate.of(2026, 12, 1)),
                asked);
    }

    @Test
    void theWeekStartsOnThisWeeksMondayUnlessGiven() {
        calendar.week(null, null);
        calendar.week("7", "2026-11-25");

        assertEquals(Arrays.asList("week", null, LocalDate.of(2026, 11, 23), "week", 7L, LocalDate.of(2026, 11, 25)),
                asked);
    }

    @Test
    void theTeamCalendarIsThisWeekUnlessAPeriodIsGiven() {
        calendar.team(null, null, null);
        calendar.team("3", "2026-12-01", "2026-12-10");
        calendar.team(null, "2026-12-01", null);

        assertEquals(Arrays.asList("team", null, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29),
                "team", 3L, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10),
                "team", null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7)), asked);
    }

    @Test
    void significantDatesAreTheNextSevenDaysFromTodayUnlessAsked() {
        dates.upcoming(null, null, null, null);
        dates.upcoming("2026-12-28", "10", "1", "5");

        assertEquals(List.of("dates", LocalDate.of(2026, 11, 26), 7, new PageRequest(0, 20),
                "dates", LocalDate.of(2026, 12, 28), 10, new PageRequest(1, 5)), asked);
    }

    @Test
    void unreadableParametersAreRefusedNamingThem() {
        assertEquals("date", field(() -> calendar.day(null, "26.11.2026")));
        assertEquals("user", field(() -> calendar.week("manager", null)));
        assertEquals("to", field(() -> calendar.team(null, null, "soon")));
        assertEquals("days", field(() -> dates.upcoming(null, "week", null, null)));
        assertEquals("body", field(() -> dates.add(1, null, null)));
    }

    private static String field(Runnable call) {
        return assertThrows(InvalidRequestException.class, call::run).violations().get(0).field();
    }
}

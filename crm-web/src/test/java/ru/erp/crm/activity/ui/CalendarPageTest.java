package ru.erp.crm.activity.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primefaces.model.ScheduleEvent;
import ru.erp.crm.activity.boundary.CalendarEntry;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;

class CalendarPageTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant TEN = LocalDateTime.of(2026, 11, 24, 10, 0).atZone(MOSCOW).toInstant();
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final CalendarPage page = new CalendarPage();
    private final List<Object> asked = new ArrayList<>();

    @BeforeEach
    void calendars() {
        page.calendars = new Calendars() {
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
        };
    }

    @Test
    void theScheduleAsksForTheChosenUsersDayOrWeekOrTheTeamsDays() {
        page.setUserId(7L);
        page.entries(MONDAY, MONDAY.plusDays(1));
        page.entries(MONDAY, MONDAY.plusDays(7));
        page.setTeam(true);
        page.entries(MONDAY, MONDAY.plusDays(7));

        assertEquals(Arrays.asList("day", 7L, MONDAY, "week", 7L, MONDAY, "team", null, MONDAY, MONDAY.plusDays(6)), asked);
    }

    @Test
    void anEntryIsAnEventOfItsActivityInTheUsersLocalTime() {
        CalendarEntry meeting = new CalendarEntry(11L, ActivityKind.MEETING, "Переговоры", TEN, TEN, TEN.plusSeconds(5400),
                null, ActivityStatus.PLANNED, false, 2L, "manager", 5L, "ООО «Ромашка»");

        ScheduleEvent<Long> event = CalendarPage.event(meeting, false, MOSCOW, kind -> "Встреча");

        assertEquals("Встреча: Переговоры — ООО «Ромашка»", event.getTitle());
        assertEquals(LocalDateTime.of(2026, 11, 24, 10, 0), event.getStartDate());
        assertEquals(LocalDateTime.of(2026, 11, 24, 11, 30), event.getEndDate());
        assertEquals(11L, event.getData());
        assertEquals("crm-activity crm-activity-meeting", event.getStyleClass());
    }

    @Test
    void anOverdueTaskWithoutAnEndIsAHalfHourAtItsDueTimeNamedByItsOwnerInTheTeamView() {
        CalendarEntry task = new CalendarEntry(12L, ActivityKind.TASK, "КП", TEN, null, null, TEN, ActivityStatus.PLANNED,
                true, 2L, "manager", null, null);

        ScheduleEvent<Long> event = CalendarPage.event(task, true, MOSCOW, kind -> "Задача");

        assertEquals("manager · Задача: КП", event.getTitle());
        assertEquals(LocalDateTime.of(2026, 11, 24, 10, 30), event.getEndDate());
        assertEquals("crm-activity crm-activity-task crm-activity-overdue", event.getStyleClass());
    }
}

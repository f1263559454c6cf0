package ru.erp.crm.activity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReminderTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void callsAndMeetingsAreRemindedFifteenMinutesBeforeTheStart() {
        Instant start = Instant.parse("2026-11-24T11:00:00Z");
        assertEquals(Instant.parse("2026-11-24T10:45:00Z"), Reminder.defaultTime(ActivityKind.CALL, start, null, MOSCOW));
        assertEquals(Instant.parse("2026-11-24T10:45:00Z"), Reminder.defaultTime(ActivityKind.MEETING, start, null, MOSCOW));
    }

    @Test
    void tasksAndEmailsAreRemindedAtNineOfTheirDueDayInTheUsersZone() {
        Instant dueEvening = Instant.parse("2026-11-24T15:00:00Z"); // 18:00 in Moscow
        assertEquals(Instant.parse("2026-11-24T06:00:00Z"), Reminder.defaultTime(ActivityKind.TASK, null, dueEvening, MOSCOW));
        assertEquals(Instant.parse("2026-11-24T06:00:00Z"),
                Reminder.defaultTime(ActivityKind.EMAIL, Instant.parse("2026-11-20T10:00:00Z"), dueEvening, MOSCOW),
                "a task's start does not move its reminder");
    }

    @Test
    void theDueDayIsTheUsersDayNotUtcs() {
        Instant dueAtOneInTheMorning = Instant.parse("2026-11-23T22:00:00Z"); // 24 November 01:00 in Moscow
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"),
                Reminder.defaultTime(ActivityKind.TASK, null, dueAtOneInTheMorning, MOSCOW),
                "due before nine: nine of the day before");
    }

    @Test
    void aTaskDueByNineIsRemindedTheDayBefore() {
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"),
                Reminder.defaultTime(ActivityKind.TASK, null, Instant.parse("2026-11-24T06:00:00Z"), MOSCOW));
        assertEquals(Instant.parse("2026-11-24T06:00:00Z"),
                Reminder.defaultTime(ActivityKind.TASK, null, Instant.parse("2026-11-24T06:00:01Z"), MOSCOW));
    }
}

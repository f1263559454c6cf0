package ru.erp.crm.activity.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When the owner is reminded of an activity unless they chose a time themselves.
 * <ul>
 * <li>Calls and meetings: {@link #LEAD} before the start. A quarter of an hour is enough to
 * read up on the customer and dial in or get to the room, and short enough that the reminder is
 * not forgotten again before the start.</li>
 * <li>Tasks and e-mails: at {@link #WORKDAY_START} of the due day. Work needs the day, not a
 * warning minutes before the deadline; at the start of the working day the task is among the
 * first notifications with the day still ahead. A task due by 9:00 is reminded at 9:00 of the
 * day before, for the same reason.</li>
 * </ul>
 * Days and hours are the users' local ones (the server's zone, as all dates of the CRM).
 */
public final class Reminder {

    public static final Duration LEAD = Duration.ofMinutes(15);
    public static final LocalTime WORKDAY_START = LocalTime.of(9, 0);

    private Reminder() {
    }

    /** The default reminder time for an activity with this kind and schedule. */
    public static Instant defaultTime(ActivityKind kind, Instant startsAt, Instant dueAt, ZoneId zone) {
        if (kind.timed()) {
            return startsAt.minus(LEAD);
        }
        LocalDate dueDay = dueAt.atZone(zone).toLocalDate();
        Instant morning = dueDay.atTime(WORKDAY_START).atZone(zone).toInstant();
        return morning.isBefore(dueAt) ? morning : dueDay.minusDays(1).atTime(WORKDAY_START).atZone(zone).toInstant();
    }
}

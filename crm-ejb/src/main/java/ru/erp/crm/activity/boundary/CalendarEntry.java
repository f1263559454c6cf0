package ru.erp.crm.activity.boundary;

import java.time.Instant;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.customer.entity.Counterparty;

/**
 * One activity in a calendar, at {@code at}: its start, or the due time of what has none.
 * {@code endsAt} is null for what has no end (the calendar shows a default length).
 */
public record CalendarEntry(Long activityId, ActivityKind kind, String subject, Instant at, Instant startsAt,
                            Instant endsAt, Instant dueAt, ActivityStatus status, boolean overdue, Long ownerId,
                            String owner, Long customerId, String customerName) {

    public static CalendarEntry of(Activity a, Instant now) {
        return new CalendarEntry(a.id(), a.kind(), a.subject(), a.calendarAt(), a.startsAt(), a.endsAt(), a.dueAt(),
                a.status(), a.overdue(now), a.owner().id(), a.owner().login(),
                a.customer().map(Counterparty::id).orElse(null), a.customer().map(Counterparty::name).orElse(null));
    }
}

package ru.erp.crm.activity.rest;

import java.time.Instant;
import ru.erp.crm.activity.boundary.ActivityDraft;

/**
 * The JSON body of planning or changing an activity. Times are ISO-8601 instants
 * ({@code 2026-11-24T08:00:00Z}); {@code version} is the one read, when changing.
 */
public record ActivityRequest(String kind, String subject, String description, Long ownerId, Long customerId,
                              Long contactPersonId, Long opportunityId, Instant startsAt, Instant endsAt,
                              Instant dueAt, Instant remindAt, Boolean remind, Long version) {

    ActivityDraft toDraft() {
        return new ActivityDraft(kind, subject, description, ownerId, customerId, contactPersonId, opportunityId,
                startsAt, endsAt, dueAt, remindAt, remind);
    }
}

package ru.erp.crm.activity.boundary;

import java.time.Instant;

/**
 * An activity as a user plans it. {@code kind}: CALL, MEETING, TASK or EMAIL. {@code ownerId}
 * null: the caller does it (a change keeps the owner). {@code customerId} may be left out when a
 * contact person is named.
 * The reminder: {@code remind} false for none, else at {@code remindAt}, or at the default time
 * for the kind when that is null.
 */
public record ActivityDraft(String kind, String subject, String description, Long ownerId, Long customerId,
                            Long contactPersonId, Long opportunityId, Instant startsAt, Instant endsAt, Instant dueAt,
                            Instant remindAt, Boolean remind) {
}

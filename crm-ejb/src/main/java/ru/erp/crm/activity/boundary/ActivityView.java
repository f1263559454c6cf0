package ru.erp.crm.activity.boundary;

import java.time.Instant;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;

/** An activity as lists, cards and notifications show it; {@code overdue} as of the moment it was read. */
public record ActivityView(Long id, ActivityKind kind, String subject, String description, Long ownerId,
                           String owner, String ownerName, Long customerId, String customerName,
                           Long contactPersonId, String contactPersonName, Long opportunityId, Instant startsAt,
                           Instant endsAt, Instant dueAt, Instant remindAt, boolean reminderAcknowledged,
                           ActivityStatus status, boolean overdue, Instant doneAt, String outcome, String createdBy,
                           Instant createdAt, long version) {

    public static ActivityView of(Activity a, Instant now) {
        return new ActivityView(a.id(), a.kind(), a.subject(), a.description(), a.owner().id(), a.owner().login(),
                a.owner().fullName(), a.customer().map(Counterparty::id).orElse(null),
                a.customer().map(Counterparty::name).orElse(null), a.contactPerson().map(ContactPerson::id).orElse(null),
                a.contactPerson().map(ContactPerson::fullName).orElse(null), a.opportunityId(), a.startsAt(), a.endsAt(),
                a.dueAt(), a.remindAt(), a.reminderAcknowledgedAt() != null, a.status(), a.overdue(now), a.doneAt(),
                a.outcome(), a.createdBy(), a.createdAt(), a.version());
    }
}

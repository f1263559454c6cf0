package ru.erp.crm.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.entity.UserAccount;

/**
 * A call, meeting, task or e-mail that its owner does, on a customer, one of its contact persons
 * and (once the sales pipeline exists) an opportunity. It keeps its own schedule rules: a call or
 * meeting has a start, a task or e-mail a due time, an end comes after the start. It is planned
 * until it is done, once, or cancelled; a closed activity no longer changes. Its reminder
 * (see {@link Reminder}) is due until the owner acknowledges it or the activity closes.
 * <p>
 * {@code calendarAt} is derived: the start, or the due time of what has no start; calendars
 * and lists are ordered and ranged by it. The opportunity and the sales step that generated the task
 * are bare ids (foreign keys in the schema): the activity component does not depend on sales.
 */
@Entity
@Table(name = "activity")
public class Activity {

    public static final int SUBJECT_LENGTH = 300;
    /** Characters, not bytes: Cyrillic text of this length still fits Oracle's 4,000-byte VARCHAR2. */
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int OUTCOME_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    @Column(nullable = false)
    private String subject;

    private String description;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counterparty_id")
    private Counterparty customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_person_id")
    private ContactPerson contactPerson;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "sales_step_id")
    private Long salesStepId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "calendar_at", nullable = false)
    private Instant calendarAt;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "reminder_acknowledged_at")
    private Instant reminderAcknowledgedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status;

    @Column(name = "done_at")
    private Instant doneAt;

    private String outcome;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Activity() {
    }

    /** A planned activity; {@link #plan} and {@link #describe} rules apply. */
    public Activity(ActivityKind kind, Instant startsAt, Instant endsAt, Instant dueAt, String subject,
                    String description, UserAccount owner, String createdBy, Instant now) {
        this.status = ActivityStatus.PLANNED;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        plan(kind, startsAt, endsAt, dueAt);
        describe(subject, description);
    }

    /**
     * What is wrong with this schedule: a call or meeting needs a start and has no due time, a task
     * or e-mail needs a due time, an end needs a start and comes after it. Field names as the API
     * and the pages name them.
     */
    public static List<Violation> scheduleViolations(ActivityKind kind, Instant startsAt, Instant endsAt, Instant dueAt) {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new Violation("kind", "crm.validation.required"));
        } else if (kind.timed()) {
            if (startsAt == null) {
                violations.add(new Violation("startsAt", "crm.validation.activity.startRequired"));
            }
            if (dueAt != null) {
                violations.add(new Violation("dueAt", "crm.validation.activity.dueNotForKind"));
            }
        } else if (dueAt == null) {
            violations.add(new Violation("dueAt", "crm.validation.activity.dueRequired"));
        }
        if (endsAt != null && startsAt == null) {
            violations.add(new Violation("endsAt", "crm.validation.activity.endWithoutStart"));
        } else if (endsAt != null && !endsAt.isAfter(startsAt)) {
            violations.add(new Violation("endsAt", "crm.validation.activity.endBeforeStart"));
        }
        return violations;
    }

    /** A reminder the owner chose must come before the activity starts or is due. */
    public static List<Violation> reminderViolations(ActivityKind kind, Instant startsAt, Instant dueAt, Instant remindAt) {
        Instant anchor = anchor(kind, startsAt, dueAt);
        if (remindAt != null && anchor != null && remindAt.isAfter(anchor)) {
            return List.of(new Violation("remindAt", "crm.validation.activity.remindTooLate"));
        }
        return List.of();
    }

    /** Sets kind and times together, since which times are needed depends on the kind. */
    public void plan(ActivityKind kind, Instant startsAt, Instant endsAt, Instant dueAt) {
        requirePlanned();
        List<Violation> violations = scheduleViolations(kind, startsAt, endsAt, dueAt);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.dueAt = dueAt;
        this.calendarAt = startsAt != null ? startsAt : dueAt;
    }

    /** A subject is required; subject and description are bounded. */
    public static List<Violation> textViolations(String subject, String description) {
        List<Violation> violations = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            violations.add(new Violation("subject", "crm.validation.required"));
        } else if (subject.strip().length() > SUBJECT_LENGTH) {
            violations.add(new Violation("subject", "crm.validation.tooLong", SUBJECT_LENGTH));
        }
        if (description != null && description.strip().length() > DESCRIPTION_LENGTH) {
            violations.add(new Violation("description", "crm.validation.tooLong", DESCRIPTION_LENGTH));
        }
        return violations;
    }

    public void describe(String subject, String description) {
        requirePlanned();
        List<Violation> violations = textViolations(subject, description);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        this.subject = subject.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    /**
     * Links the customer, one of its contact persons and an opportunity, each optional; a person
     * without a customer brings their own.
     */
    public void concern(Counterparty customer, ContactPerson person, Long opportunityId) {
        requirePlanned();
        Counterparty of = customer != null ? customer : person == null ? null : person.counterparty();
        if (person != null && person.counterparty() != of) {
            throw InvalidRequestException.of("contactPersonId", "crm.validation.activity.personOfOtherCustomer");
        }
        this.customer = of;
        this.contactPerson = person;
        this.opportunityId = opportunityId;
    }

    /** Marks the task as the one doing a sales step of its opportunity's action plan. */
    public void followStep(Long salesStepId) {
        requirePlanned();
        this.salesStepId = salesStepId;
    }

    public void assignTo(UserAccount owner) {
        requirePlanned();
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Reminds at the time the owner chose, or not at all (null); a new time is due again. */
    public void remindAt(Instant time) {
        requirePlanned();
        List<Violation> violations = reminderViolations(kind, startsAt, dueAt, time);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        if (!Objects.equals(remindAt, time)) {
            reminderAcknowledgedAt = null;
        }
        remindAt = time;
    }

    /**
     * Reminds at the {@link Reminder#defaultTime default time}; an activity that started or was
     * due before {@code now} (one reported after the fact) is not reminded of.
     */
    public void remindByDefault(ZoneId zone, Instant now) {
        remindAt(anchor(kind, startsAt, dueAt).isBefore(now) ? null : Reminder.defaultTime(kind, startsAt, dueAt, zone));
    }

    /** The owner has seen the reminder; false when there was none waiting. */
    public boolean acknowledgeReminder(Instant now) {
        if (remindAt == null || reminderAcknowledgedAt != null) {
            return false;
        }
        reminderAcknowledgedAt = now;
        return true;
    }

    /** Done, once, with what came of it. */
    public void complete(String outcome, Instant now) {
        requirePlanned();
        if (outcome != null && outcome.strip().length() > OUTCOME_LENGTH) {
            throw InvalidRequestException.of("outcome", "crm.validation.tooLong", OUTCOME_LENGTH);
        }
        this.outcome = outcome == null || outcome.isBlank() ? null : outcome.strip();
        this.doneAt = now;
        this.status = ActivityStatus.DONE;
    }

    public void cancel() {
        requirePlanned();
        this.status = ActivityStatus.CANCELLED;
    }

    /** Planned and past its due time; calls and meetings have none and are never overdue. */
    public boolean overdue(Instant now) {
        return status == ActivityStatus.PLANNED && dueAt != null && dueAt.isBefore(now);
    }

    /** Whether the owner should see its reminder now. */
    public boolean reminderDue(Instant now) {
        return status == ActivityStatus.PLANNED && remindAt != null && reminderAcknowledgedAt == null
                && !remindAt.isAfter(now);
    }

    public boolean isPlanned() {
        return status == ActivityStatus.PLANNED;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("subject", subject);
        fields.put("description", description);
        fields.put("owner", owner.login());
        fields.put("customerId", customer == null ? null : customer.id());
        fields.put("contactPersonId", contactPerson == null ? null : contactPerson.id());
        fields.put("opportunityId", opportunityId);
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("dueAt", dueAt);
        fields.put("remindAt", remindAt);
        fields.put("status", status);
        fields.put("outcome", outcome);
        return fields;
    }

    private void requirePlanned() {
        if (status == ActivityStatus.DONE) {
            throw new RuleViolationException("crm.rule.activity.done", String.valueOf(id));
        }
        if (status == ActivityStatus.CANCELLED) {
            throw new RuleViolationException("crm.rule.activity.cancelled", String.valueOf(id));
        }
    }

    private static Instant anchor(ActivityKind kind, Instant startsAt, Instant dueAt) {
        if (kind == null) {
            return null;
        }
        return kind.timed() ? startsAt : dueAt;
    }

    public Long id() {
        return id;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public UserAccount owner() {
        return owner;
    }

    public Optional<Counterparty> customer() {
        return Optional.ofNullable(customer);
    }

    public Optional<ContactPerson> contactPerson() {
        return Optional.ofNullable(contactPerson);
    }

    public Long opportunityId() {
        return opportunityId;
    }

    /** The sales step whose task this is, or null for an activity nobody's plan generated. */
    public Long salesStepId() {
        return salesStepId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant calendarAt() {
        return calendarAt;
    }

    public Instant remindAt() {
        return remindAt;
    }

    public Instant reminderAcknowledgedAt() {
        return reminderAcknowledgedAt;
    }

    public ActivityStatus status() {
        return status;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String outcome() {
        return outcome;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

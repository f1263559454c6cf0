package ru.erp.crm.activity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.activity.control.ActivityAccess;
import ru.erp.crm.activity.control.ActivitySearch;
import ru.erp.crm.activity.control.ActivityValidator;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Calls, meetings, tasks and e-mails: planning, reporting and the owner's own lists (overdue,
 * due today, reminders). Reading follows {@link ActivityAccess}: an activity on a customer the
 * caller cannot see does not exist for them. Changing is for the owner, their head and admins.
 * Every change is audited on the activity and, when it has a customer, on the customer too, which
 * puts it on the customer's timeline.
 */
@Stateless
@PermitAll
public class Activities {

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    /** What "now" and "today" are; the server's zone, as the users' days and hours are. */
    Clock clock = Clock.systemDefaultZone();

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER,
        Role.Names.SUPPORT, Role.Names.FINANCE})
    public ActivityView create(ActivityDraft draft) {
        ActivityKind kind = ActivityValidator.requireValid(draft);
        AccessScope scope = caller.scope();
        UserAccount owner = owner(draft.ownerId(), scope);
        Instant now = clock.instant();
        Activity activity = new Activity(kind, draft.startsAt(), draft.endsAt(), draft.dueAt(), draft.subject(),
                draft.description(), owner, scope.login(), now);
        concern(activity, draft, scope);
        remind(activity, draft, now);
        em.persist(activity);
        em.flush();
        record(AuditAction.CREATE, activity, "planned", null);
        return ActivityView.of(activity, now);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER,
        Role.Names.SUPPORT, Role.Names.FINANCE})
    public ActivityView update(long id, long expectedVersion, ActivityDraft draft) {
        AccessScope scope = caller.scope();
        Activity activity = ActivityAccess.changeable(em, id, scope);
        if (activity.version() != expectedVersion) {
            throw new StaleVersionException(ActivityAccess.ENTITY, id, expectedVersion, activity.version());
        }
        ActivityKind kind = ActivityValidator.requireValid(draft);
        Map<String, Object> before = activity.snapshot();
        Optional<Counterparty> customerBefore = activity.customer();
        Instant now = clock.instant();
        activity.plan(kind, draft.startsAt(), draft.endsAt(), draft.dueAt());
        activity.describe(draft.subject(), draft.description());
        if (draft.ownerId() != null && !draft.ownerId().equals(activity.owner().id())) {
            activity.assignTo(owner(draft.ownerId(), scope));
        }
        concern(activity, draft, scope);
        remind(activity, draft, now);
        em.flush();
        customerBefore.filter(left -> activity.customer().map(c -> c != left).orElse(true))
                .ifPresent(left -> audit.record(AuditAction.UPDATE, CustomerAccess.ENTITY, left.id(),
                        summary(activity, "moved to another customer"), before, activity.snapshot()));
        record(AuditAction.UPDATE, activity, "changed", before);
        return ActivityView.of(activity, now);
    }

    /** Reports the activity done with what came of it; done only once. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER,
        Role.Names.SUPPORT, Role.Names.FINANCE})
    public ActivityView complete(long id, String outcome) {
        Activity activity = ActivityAccess.changeable(em, id, caller.scope());
        Map<String, Object> before = activity.snapshot();
        Instant now = clock.instant();
        activity.complete(outcome, now);
        em.flush();
        record(AuditAction.UPDATE, activity, activity.outcome() == null ? "done" : "done: " + activity.outcome(), before);
        return ActivityView.of(activity, now);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER,
        Role.Names.SUPPORT, Role.Names.FINANCE})
    public ActivityView cancel(long id) {
        Activity activity = ActivityAccess.changeable(em, id, caller.scope());
        Map<String, Object> before = activity.snapshot();
        activity.cancel();
        em.flush();
        record(AuditAction.UPDATE, activity, "cancelled", before);
        return ActivityView.of(activity, clock.instant());
    }

    public ActivityView find(long id) {
        return ActivityView.of(ActivityAccess.visible(em, id, caller.scope()), clock.instant());
    }

    /** A visible customer's activities, or one owner's (the caller's by default), latest first. */
    public Page<ActivityView> list(ActivityQuery query, PageRequest page) {
        AccessScope scope = caller.scope();
        if (query.customerId() != null) {
            CustomerAccess.visible(em, query.customerId(), scope);
        }
        return page(ActivitySearch.of(query.customerId(), query.ownerId(), query.status(), scope), page);
    }

    /** The caller's planned tasks and e-mails past their due time, the longest overdue first. */
    public Page<ActivityView> overdue(PageRequest page) {
        return page(ActivitySearch.overdue(caller.scope(), clock.instant()), page);
    }

    /** The caller's planned tasks and e-mails due today, for the start page. */
    public Page<ActivityView> dueToday(PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return page(ActivitySearch.due(caller.scope(), today.atStartOfDay(clock.getZone()).toInstant(),
                today.plusDays(1).atStartOfDay(clock.getZone()).toInstant()), page);
    }

    /** The caller's reminders due by {@code now} and not acknowledged yet, earliest first: the UI's notifications. */
    public List<ActivityView> dueReminders(Instant now) {
        return ActivitySearch.reminders(caller.scope(), now).all(em).setMaxResults(PageRequest.MAX_SIZE)
                .getResultStream().map(activity -> ActivityView.of(activity, now)).toList();
    }

    /** The owner has seen the reminder; it is not shown again unless its time changes. */
    public ActivityView acknowledge(long id) {
        AccessScope scope = caller.scope();
        Activity activity = ActivityAccess.visible(em, id, scope);
        if (!activity.owner().id().equals(scope.userId())) {
            throw new ForbiddenOperationException("crm.forbidden.activity.notOwnReminder");
        }
        Instant now = clock.instant();
        if (activity.acknowledgeReminder(now)) {
            audit.record(AuditAction.UPDATE, ActivityAccess.ENTITY, activity.id(), "reminder acknowledged",
                    Map.of("reminderAcknowledged", false), Map.of("reminderAcknowledged", true));
        }
        return ActivityView.of(activity, now);
    }

    private Page<ActivityView> page(ActivitySearch search, PageRequest page) {
        Instant now = clock.instant();
        List<ActivityView> items = search.select(em, page).getResultStream()
                .map(activity -> ActivityView.of(activity, now)).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    /** The caller, or a user the caller may plan for (a member of their team; anyone for admins). */
    private UserAccount owner(Long ownerId, AccessScope scope) {
        if (ownerId == null || ownerId.equals(scope.userId())) {
            return caller.user();
        }
        UserAccount owner = Optional.ofNullable(em.find(UserAccount.class, ownerId)).orElseThrow(() ->
                InvalidRequestException.of("ownerId", "crm.validation.activity.ownerUnknown", String.valueOf(ownerId)));
        ActivityAccess.requireActingFor(owner, scope);
        return owner;
    }

    /** The customer and contact person must be visible; a merged customer takes no new activities. */
    private void concern(Activity activity, ActivityDraft draft, AccessScope scope) {
        Counterparty customer = draft.customerId() == null ? null : CustomerAccess.visible(em, draft.customerId(), scope);
        ContactPerson person = null;
        if (draft.contactPersonId() != null) {
            person = Optional.ofNullable(em.find(ContactPerson.class, draft.contactPersonId()))
                    .filter(found -> CustomerAccess.canSee(found.counterparty(), scope))
                    .orElseThrow(() -> InvalidRequestException.of("contactPersonId", "crm.validation.activity.personOfOtherCustomer"));
        }
        Counterparty concerned = customer != null ? customer : person == null ? null : person.counterparty();
        if (concerned != null && concerned.isMerged()
                && activity.customer().map(current -> current != concerned).orElse(true)) {
            throw new RuleViolationException("crm.rule.customer.merged",
                    concerned.mergedInto().map(Counterparty::id).map(String::valueOf).orElse(null));
        }
        activity.concern(customer, person, draft.opportunityId());
    }

    private void remind(Activity activity, ActivityDraft draft, Instant now) {
        if (Boolean.FALSE.equals(draft.remind())) {
            activity.remindAt(null);
        } else if (draft.remindAt() != null) {
            activity.remindAt(draft.remindAt());
        } else {
            activity.remindByDefault(clock.getZone(), now);
        }
    }

    /** Audits the change on the activity and on its customer's timeline. */
    private void record(AuditAction action, Activity activity, String what, Map<String, Object> before) {
        Map<String, Object> after = activity.snapshot();
        audit.record(action, ActivityAccess.ENTITY, activity.id(), summary(activity, what), before, after);
        activity.customer().ifPresent(customer ->
                audit.record(action, CustomerAccess.ENTITY, customer.id(), summary(activity, what), before, after));
    }

    private static String summary(Activity activity, String what) {
        return "activity #" + activity.id() + " " + activity.kind() + " «" + activity.subject() + "» " + what
                + " (" + activity.owner().login() + ")";
    }
}

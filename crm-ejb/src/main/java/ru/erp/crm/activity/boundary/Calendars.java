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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.erp.crm.activity.control.ActivityAccess;
import ru.erp.crm.activity.control.ActivitySearch;
import ru.erp.crm.activity.control.AnnualWindow;
import ru.erp.crm.activity.control.SignificantDateSearch;
import ru.erp.crm.activity.entity.SignificantDate;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * When things happen: a user's calendar by day and week (open to the user, their head and admins),
 * a head's team over a period, and the birthdays and other significant dates of the contact
 * persons of visible customers. Entries are placed by their start (tasks without one by their due
 * time) in the server's zone, as all the CRM's days are; what the caller may not see of them is
 * left out as in every list ({@link ActivityAccess}).
 */
@Stateless
@PermitAll
public class Calendars {

    /** A team calendar spans at most a month: longer periods are lists, not calendars. */
    public static final int MAX_TEAM_DAYS = 31;

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    Clock clock = Clock.systemDefaultZone();

    /** One user's day (the caller's when {@code userId} is null). */
    public List<CalendarEntry> day(Long userId, LocalDate date) {
        return ofUser(userId, date, 1);
    }

    /** One user's seven days from {@code weekStart} (the caller's when {@code userId} is null). */
    public List<CalendarEntry> week(Long userId, LocalDate weekStart) {
        return ofUser(userId, weekStart, 7);
    }

    /**
     * The head's and their team's days {@code from} through {@code to}; the caller's own team when
     * {@code headId} is null. Open to the head and admins.
     */
    public List<CalendarEntry> team(Long headId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidRequestException.of("to", "crm.validation.period.order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_TEAM_DAYS) {
            throw InvalidRequestException.of("to", "crm.validation.period.tooLong", MAX_TEAM_DAYS);
        }
        AccessScope scope = caller.scope();
        long head = headId == null ? scope.userId() : headId;
        if (head != scope.userId() && !scope.has(Role.ADMIN)) {
            throw new ForbiddenOperationException("crm.forbidden.calendar");
        }
        List<Long> owners = new ArrayList<>(em.createQuery("select u.id from UserAccount u where u.head.id = :head",
                Long.class).setParameter("head", head).getResultList());
        owners.add(head);
        return entries(scope, owners, from, to.plusDays(1));
    }

    /** The users whose calendars the caller may open: themselves first, then their team (everyone for admins). */
    public List<CalendarOwner> owners() {
        UserAccount me = caller.user();
        List<CalendarOwner> owners = new ArrayList<>();
        owners.add(CalendarOwner.of(me));
        String others = me.hasRole(Role.ADMIN) ? "select u from UserAccount u where u.id <> :me order by u.fullName, u.id"
                : me.hasRole(Role.SALES_HEAD) ? "select u from UserAccount u where u.head.id = :me order by u.fullName, u.id"
                : null;
        if (others != null) {
            em.createQuery(others, UserAccount.class).setParameter("me", me.id()).getResultStream()
                    .map(CalendarOwner::of).forEach(owners::add);
        }
        return owners;
    }

    /**
     * Birthdays and other significant dates of contact persons of the customers the caller can
     * see, falling on {@code days} days from {@code from} on ({@code from} the first of them),
     * earliest first. 29 February falls on 28 February in common years.
     */
    public Page<SignificantDateView> significantDates(LocalDate from, int days, PageRequest page) {
        SignificantDateSearch search = new SignificantDateSearch(AnnualWindow.of(from, days), caller.scope());
        List<SignificantDateView> items = search.select(em, page.offset(), page.size());
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    /** The dates of one contact person other than the birthday, in the order of the year. */
    public List<SignificantDateView> significantDatesOf(long contactPersonId) {
        ContactPerson person = person(contactPersonId, caller.scope());
        int year = LocalDate.now(clock).getYear();
        return em.createQuery("select d from SignificantDate d where d.person = :person order by d.monthDay, d.id",
                        SignificantDate.class).setParameter("person", person).getResultStream()
                .map(d -> SignificantDateView.of(d, d.occurrenceIn(year))).toList();
    }

    /** Adds a date to a contact person of a customer the caller may change. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public SignificantDateView addSignificantDate(long contactPersonId, SignificantDateDraft draft) {
        AccessScope scope = caller.scope();
        ContactPerson person = person(contactPersonId, scope);
        CustomerAccess.requireChangeable(person.counterparty(), scope);
        List<Violation> violations = SignificantDate.violations(draft.name(), draft.day(), draft.month(), draft.year());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        SignificantDate date = new SignificantDate(person, draft.name(), draft.day(), draft.month(), draft.year(),
                clock.instant());
        em.persist(date);
        em.flush();
        audit.record(AuditAction.CREATE, CustomerAccess.ENTITY, person.counterparty().id(),
                "significant date of contact " + person.fullName() + ": " + date.name(), null, date.snapshot());
        return SignificantDateView.of(date, date.occurrenceIn(LocalDate.now(clock).getYear()));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public void removeSignificantDate(long id) {
        AccessScope scope = caller.scope();
        SignificantDate date = Optional.ofNullable(em.find(SignificantDate.class, id))
                .filter(found -> CustomerAccess.canSee(found.person().counterparty(), scope))
                .orElseThrow(() -> new RecordNotFoundException("significantDate", id));
        ContactPerson person = date.person();
        CustomerAccess.requireChangeable(person.counterparty(), scope);
        em.remove(date);
        audit.record(AuditAction.DELETE, CustomerAccess.ENTITY, person.counterparty().id(),
                "significant date of contact " + person.fullName() + ": " + date.name(), date.snapshot(), null);
    }

    private List<CalendarEntry> ofUser(Long userId, LocalDate from, int days) {
        AccessScope scope = caller.scope();
        long owner = userId == null ? scope.userId() : userId;
        if (owner != scope.userId()) {
            UserAccount user = Optional.ofNullable(em.find(UserAccount.class, owner))
                    .orElseThrow(() -> new RecordNotFoundException("user", owner));
            if (!ActivityAccess.actsFor(user, scope)) {
                throw new ForbiddenOperationException("crm.forbidden.calendar");
            }
        }
        return entries(scope, List.of(owner), from, from.plusDays(days));
    }

    /** The owners' entries from the start of {@code from} to the start of {@code until}. */
    private List<CalendarEntry> entries(AccessScope scope, Collection<Long> owners, LocalDate from, LocalDate until) {
        Instant now = clock.instant();
        return ActivitySearch.calendar(scope, owners, from.atStartOfDay(clock.getZone()).toInstant(),
                        until.atStartOfDay(clock.getZone()).toInstant())
                .all(em).getResultStream().map(activity -> CalendarEntry.of(activity, now)).toList();
    }

    private ContactPerson person(long id, AccessScope scope) {
        return Optional.ofNullable(em.find(ContactPerson.class, id))
                .filter(person -> CustomerAccess.canSee(person.counterparty(), scope))
                .orElseThrow(() -> new RecordNotFoundException("contact", id));
    }
}

package ru.erp.crm.sales.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import ru.erp.crm.activity.control.ActivityAccess;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.sales.control.OrderAccess;
import ru.erp.crm.sales.control.PaymentPlanSearch;
import ru.erp.crm.sales.control.PaymentPlanValidator;
import ru.erp.crm.sales.control.PaymentReminder;
import ru.erp.crm.sales.entity.PaymentPlan;
import ru.erp.crm.sales.entity.PaymentPlanEntry;
import ru.erp.crm.sales.entity.PaymentTerms;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;

/**
 * Payment plans of orders: the plan on the order's card, the lists of payments due soon and
 * overdue per customer and per curator, and the daily reminders to curators. Access follows the
 * order's customer as for orders (invisible: 404; not the caller's to change: 403). The sales
 * roles write plans; FINANCE reads them and books what was paid, as the sales roles may for their
 * own customers. Every write is audited under {@value #ENTITY} and the order's id.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.FINANCE})
public class PaymentPlans {

    public static final String ENTITY = "paymentPlan";
    public static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 366;
    private static final Logger LOG = Logger.getLogger(PaymentPlans.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    /** What "today" is for due dates, and the reminders' hours; the server's zone, as the users' dates are. */
    Clock clock = Clock.systemDefaultZone();

    /** The order's plan; an order without one answers an empty plan of version 0. */
    public PaymentPlanView find(long orderId) {
        SalesOrder order = OrderAccess.visible(em, orderId, caller.scope());
        return planOf(order).map(plan -> PaymentPlanView.of(plan, today())).orElseGet(() -> PaymentPlanView.none(order));
    }

    /**
     * Replaces the order's plan as a whole; {@code expectedVersion} is the plan's version as read
     * (0 for an order without a plan). See {@link PaymentPlan} for the rules.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public PaymentPlanView replace(long orderId, long expectedVersion, PaymentPlanDraft draft) {
        AccessScope scope = caller.scope();
        SalesOrder order = OrderAccess.changeable(em, orderId, scope);
        List<PaymentTerms> terms = PaymentPlanValidator.requireValid(draft);
        Instant now = clock.instant();
        Optional<PaymentPlan> existing = planOf(order);
        requireVersion(orderId, expectedVersion, existing.map(PaymentPlan::version).orElse(0L));
        PaymentPlan plan = existing.orElseGet(() -> new PaymentPlan(order, scope.login(), now));
        Map<String, Object> before = existing.map(PaymentPlan::snapshot).orElse(null);
        plan.replace(terms, scope.login(), now);
        if (existing.isPresent()) {
            em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        } else {
            em.persist(plan);
        }
        em.flush();
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, ENTITY, orderId,
                "payment plan of " + order.number() + ": " + plan.entries().size() + " entries, "
                        + plan.plannedTotal() + " " + order.currency(), before, plan.snapshot());
        return PaymentPlanView.of(plan, today());
    }

    /**
     * Books how much of one entry has been paid, in total (a correction may lower it). FINANCE and
     * admins book for any visible order, the sales roles for orders of customers they may change.
     */
    public PaymentPlanView recordPaid(long orderId, long entryId, long expectedVersion, BigDecimal paidAmount) {
        AccessScope scope = caller.scope();
        SalesOrder order = scope.has(Role.FINANCE) || scope.has(Role.ADMIN) ? OrderAccess.visible(em, orderId, scope)
                : OrderAccess.changeable(em, orderId, scope);
        if (paidAmount == null || paidAmount.signum() < 0 || paidAmount.stripTrailingZeros().scale() > 2) {
            throw InvalidRequestException.of("paidAmount", "crm.validation.paymentPlan.paidAmount");
        }
        PaymentPlan plan = planOf(order).orElseThrow(() ->
                InvalidRequestException.of("entryId", "crm.validation.paymentPlan.unknownEntry", String.valueOf(entryId)));
        requireVersion(orderId, expectedVersion, plan.version());
        PaymentPlanEntry entry = plan.entry(entryId);
        Map<String, Object> before = Map.of("paidAmount", entry.paidAmount());
        plan.recordPaid(entryId, paidAmount, scope.login(), clock.instant());
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AuditAction.UPDATE, ENTITY, orderId, order.number() + ": paid " + entry.paidAmount() + " of "
                + entry.amount() + " due " + entry.dueDate(), before, Map.of("paidAmount", entry.paidAmount()));
        return PaymentPlanView.of(plan, today());
    }

    /** Unpaid entries due from today to {@code days} days ahead (null: {@value #DEFAULT_DAYS}), earliest first. */
    public Page<PlannedPayment> due(PaymentPlanQuery query, Integer days, PageRequest page) {
        int ahead = days == null ? DEFAULT_DAYS : days;
        if (ahead < 0 || ahead > MAX_DAYS) {
            throw InvalidRequestException.of("days", "crm.validation.paymentPlan.days", MAX_DAYS);
        }
        return page(PaymentPlanSearch.due(scopeFor(query), query, today(), ahead), page);
    }

    /** Unpaid entries past their due date, the longest overdue first. */
    public Page<PlannedPayment> overdue(PaymentPlanQuery query, PageRequest page) {
        return page(PaymentPlanSearch.overdue(scopeFor(query), query, today()), page);
    }

    /** Every morning at 07:00 server time (a timer method must return nothing, hence this wrapper). */
    @PermitAll
    @Schedule(hour = "7", minute = "0", persistent = false)
    void remindEveryMorning() {
        remindOfDuePayments();
    }

    /**
     * Gives every curator the reminder task for each planned payment whose reminder day has
     * come, once per entry. Every day at 07:00 server time, before the working day's reminders
     * are shown at 09:00; callable at any time (it is idempotent), which the tests do.
     * Open to every caller because the timer has no identity; no API exposes it.
     *
     * @return how many reminders were created
     */
    @PermitAll
    public int remindOfDuePayments() {
        Instant now = clock.instant();
        List<PaymentPlanEntry> due = PaymentPlanSearch.remindersDue(em, today()).getResultList();
        for (PaymentPlanEntry entry : due) {
            Activity task = PaymentReminder.send(em, entry, clock.getZone(), now);
            String summary = "activity #" + task.id() + " TASK «" + task.subject() + "» planned (" + task.owner().login() + ")";
            audit.record(AuditAction.CREATE, ActivityAccess.ENTITY, task.id(), summary, null, task.snapshot());
            audit.record(AuditAction.CREATE, CustomerAccess.ENTITY, entry.plan().order().customer().id(), summary, null,
                    task.snapshot());
        }
        if (!due.isEmpty()) {
            LOG.info(() -> due.size() + " payment reminders created");
        }
        return due.size();
    }

    private Page<PlannedPayment> page(PaymentPlanSearch search, PageRequest page) {
        LocalDate today = today();
        List<PlannedPayment> items = search.select(em, page).getResultStream()
                .map(entry -> PlannedPayment.of(entry, today)).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    /** The caller's scope; a customer asked for by id must be visible, else it does not exist (404). */
    private AccessScope scopeFor(PaymentPlanQuery query) {
        AccessScope scope = caller.scope();
        if (query.customerId() != null) {
            CustomerAccess.visible(em, query.customerId(), scope);
        }
        return scope;
    }

    private Optional<PaymentPlan> planOf(SalesOrder order) {
        return Optional.ofNullable(em.find(PaymentPlan.class, order.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireVersion(long orderId, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(ENTITY, orderId, expected, actual);
        }
    }
}

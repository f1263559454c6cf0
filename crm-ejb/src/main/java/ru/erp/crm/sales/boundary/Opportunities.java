package ru.erp.crm.sales.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.activity.control.ActivityAccess;
import ru.erp.crm.activity.entity.Activity;
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
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.control.ActionPlan;
import ru.erp.crm.sales.control.CuratorAssignment;
import ru.erp.crm.sales.control.CuratorNotice;
import ru.erp.crm.sales.control.OpportunityAccess;
import ru.erp.crm.sales.control.OpportunitySearch;
import ru.erp.crm.sales.entity.CloseReason;
import ru.erp.crm.sales.entity.Opportunity;
import ru.erp.crm.sales.entity.OpportunityState;
import ru.erp.crm.sales.entity.Outcome;
import ru.erp.crm.sales.entity.SalesModel;
import ru.erp.crm.sales.entity.SalesStage;
import ru.erp.crm.sales.entity.SalesStep;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Opportunities through the sales pipeline: opening one (by hand or from a lead), the pipeline
 * list, the card with its stage history and action plan, stage moves that generate the next
 * stage's tasks, winning, losing and handing over to another curator. Access follows
 * {@link OpportunityAccess}; a refused call changes nothing. Every change is audited on the
 * opportunity and on its customer's timeline.
 */
@Stateless
@LocalBean
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
public class Opportunities implements OpportunityOpening {

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    /** What "now" and "today" are; the server's zone, as the users' days are. */
    Clock clock = Clock.systemDefaultZone();

    /** A converted lead's opportunity: {@link #open} on the default model, the curator named by login. */
    @Override
    public long openFromLead(long leadId, long customerId, Long contactPersonId, String title, BigDecimal amount,
                             String curatorLogin) {
        Long curatorId = curatorLogin == null ? null : em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", curatorLogin).getResultStream().findFirst().map(UserAccount::id).orElse(null);
        return open(new OpportunityDraft(title, customerId, contactPersonId, null, curatorId, amount, null, null, leadId))
                .id();
    }

    /**
     * Opens an opportunity on a customer the caller may change, on the model's first stage, and
     * plans that stage's tasks. The curator is the draft's (the caller, or for heads and admins a
     * member of their team or anyone), else the customer's curator, else the assignment rules'
     * pick, else the caller; a curator other than the caller is notified.
     */
    public OpportunityView open(OpportunityDraft draft) {
        List<Violation> violations = new ArrayList<>(Opportunity.termViolations(draft.title(), draft.amount(),
                draft.currency()));
        if (draft.customerId() == null) {
            violations.add(new Violation("customerId", "crm.validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AccessScope scope = caller.scope();
        Counterparty customer = CustomerAccess.changeable(em, draft.customerId(), scope);
        if (customer.isMerged()) {
            throw new RuleViolationException("crm.rule.customer.merged",
                    customer.mergedInto().map(Counterparty::id).map(String::valueOf).orElse(null));
        }
        SalesModel model = model(draft.modelId());
        UserAccount curator = curator(draft.curatorId(), customer, scope);
        Instant now = clock.instant();
        Opportunity opportunity = new Opportunity(customer, model, curator, draft.leadId(), scope.login(), now);
        opportunity.describe(draft.title(), contactPerson(draft.contactPersonId(), customer), draft.amount(),
                draft.currency(), draft.expectedCloseDate(), now);
        em.persist(opportunity);
        opportunity.assignNumber();
        // The tasks name the opportunity by a bare id, which does not order the inserts: it goes first.
        em.flush();
        ActionPlan plan = new ActionPlan(em, clock);
        List<Activity> tasks = plan.generate(opportunity, scope.login(), now);
        if (!curator.id().equals(scope.userId())) {
            tasks = new ArrayList<>(tasks);
            tasks.add(CuratorNotice.send(em, opportunity, plan, scope.login(), now));
        }
        em.flush();
        recordTasks(tasks);
        record(AuditAction.CREATE, opportunity, "opened on stage «" + opportunity.stage().name() + "»", null);
        return OpportunityView.of(opportunity);
    }

    /**
     * Changes an open opportunity's terms: title, contact person, amount, currency, expected
     * close. The customer, model, curator and lead of the draft are not changed here (the curator
     * changes by {@link #reassign}).
     */
    public OpportunityView update(long id, long expectedVersion, OpportunityDraft draft) {
        AccessScope scope = caller.scope();
        Opportunity opportunity = changeable(id, expectedVersion, scope);
        Map<String, Object> before = opportunity.snapshot();
        opportunity.describe(draft.title(), contactPerson(draft.contactPersonId(), opportunity.customer()),
                draft.amount(), draft.currency(), draft.expectedCloseDate(), clock.instant());
        em.flush();
        record(AuditAction.UPDATE, opportunity, "changed", before);
        return OpportunityView.of(opportunity);
    }

    /**
     * Moves the opportunity to another open stage of its model (see {@link Opportunity} for the
     * rules: next stage only unless a head or admin; blocking steps done; back with a reason) and
     * plans the new stage's tasks.
     */
    public OpportunityView moveTo(long id, long expectedVersion, long stageId, String reason) {
        AccessScope scope = caller.scope();
        Opportunity opportunity = changeable(id, expectedVersion, scope);
        SalesStage target = opportunity.model().stage(stageId).orElseThrow(() ->
                InvalidRequestException.of("stageId", "crm.validation.opportunity.stageOfOtherModel"));
        Map<String, Object> before = opportunity.snapshot();
        String from = opportunity.stage().name();
        ActionPlan plan = new ActionPlan(em, clock);
        Instant now = clock.instant();
        opportunity.moveTo(target, OpportunityAccess.mayJump(scope), plan.undoneBlockingSteps(opportunity), reason,
                scope.login(), now);
        List<Activity> tasks = plan.generate(opportunity, scope.login(), now);
        em.flush();
        recordTasks(tasks);
        String why = opportunity.visits().get(opportunity.visits().size() - 1).reason();
        record(AuditAction.UPDATE, opportunity, "moved from «" + from + "» to «" + target.name() + "»"
                + (why == null ? "" : ": " + why), before);
        return OpportunityView.of(opportunity);
    }

    /** Won with a WON reason; the current stage's blocking steps must be done. */
    public OpportunityView win(long id, long expectedVersion, long reasonId, String comment) {
        AccessScope scope = caller.scope();
        Opportunity opportunity = changeable(id, expectedVersion, scope);
        Map<String, Object> before = opportunity.snapshot();
        opportunity.win(em.find(CloseReason.class, reasonId), comment, OpportunityAccess.mayJump(scope),
                new ActionPlan(em, clock).undoneBlockingSteps(opportunity), scope.login(), clock.instant());
        em.flush();
        record(AuditAction.UPDATE, opportunity, "won: " + opportunity.closeReason().map(CloseReason::nameRu).orElseThrow(),
                before);
        return OpportunityView.of(opportunity);
    }

    /** Lost with a LOST reason, from any stage. */
    public OpportunityView lose(long id, long expectedVersion, long reasonId, String comment) {
        AccessScope scope = caller.scope();
        Opportunity opportunity = changeable(id, expectedVersion, scope);
        Map<String, Object> before = opportunity.snapshot();
        opportunity.lose(em.find(CloseReason.class, reasonId), comment, scope.login(), clock.instant());
        em.flush();
        record(AuditAction.UPDATE, opportunity, "lost: " + opportunity.closeReason().map(CloseReason::nameRu).orElseThrow(),
                before);
        return OpportunityView.of(opportunity);
    }

    /**
     * Hands the open opportunity to another curator (the caller may choose themselves or a user
     * they manage), audited, the new curator notified. The planned tasks stay with their owners.
     */
    public OpportunityView reassign(long id, long expectedVersion, long curatorId) {
        AccessScope scope = caller.scope();
        Opportunity opportunity = changeable(id, expectedVersion, scope);
        UserAccount curator = chosenCurator(curatorId, scope);
        Map<String, Object> before = opportunity.snapshot();
        String from = opportunity.curator().login();
        Instant now = clock.instant();
        if (opportunity.reassign(curator, now)) {
            Activity notice = CuratorNotice.send(em, opportunity, new ActionPlan(em, clock), scope.login(), now);
            em.flush();
            recordTasks(List.of(notice));
            record(AuditAction.UPDATE, opportunity, "handed over from " + from + " to " + curator.login(), before);
        }
        return OpportunityView.of(opportunity);
    }

    public OpportunityView find(long id) {
        return OpportunityView.of(OpportunityAccess.visible(em, id, caller.scope()));
    }

    /** The card: stage bar, stage history with durations, action plan, what blocks the next move. */
    public OpportunityCard card(long id) {
        Opportunity opportunity = OpportunityAccess.visible(em, id, caller.scope());
        ActionPlan plan = new ActionPlan(em, clock);
        List<String> undone = opportunity.isOpen()
                ? plan.undoneBlockingSteps(opportunity).stream().map(SalesStep::title).toList() : List.of();
        return OpportunityCard.of(opportunity, plan.tasks(opportunity), undone, clock.instant());
    }

    /** The pipeline list over the customers the caller may see. */
    public Page<OpportunityView> list(OpportunityQuery query, PageRequest page) {
        OpportunitySearch search = new OpportunitySearch(query, caller.scope());
        List<OpportunityView> items = search.select(em, page.offset(), page.size()).getResultStream()
                .map(OpportunityView::of).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    /**
     * The caller's own open opportunities with no planned activity, for the start page: the
     * curator and state lead the pipeline index, so this stays one range scan however large the
     * pipeline grows.
     */
    public Page<OpportunityView> withoutNextStep(PageRequest page) {
        return list(new OpportunityQuery(caller.scope().userId(), null, OpportunityState.OPEN, null, true), page);
    }

    /** The opportunity's audit history, newest first. */
    public Page<AuditTrail.AuditEntryView> history(long id, PageRequest page) {
        OpportunityAccess.visible(em, id, caller.scope());
        return audit.history(new AuditTrail.AuditQuery(OpportunityAccess.ENTITY, String.valueOf(id), null, null, null),
                page);
    }

    /** The active reasons opportunities close with, of one outcome or both. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER,
        Role.Names.SUPPORT, Role.Names.FINANCE})
    public List<CloseReasonView> closeReasons(Outcome outcome) {
        return em.createQuery("select r from CloseReason r where r.active = :active order by r.outcome desc, r.id",
                        CloseReason.class).setParameter("active", true).getResultStream()
                .filter(reason -> outcome == null || reason.outcome() == outcome).map(CloseReasonView::of).toList();
    }

    private Opportunity changeable(long id, long expectedVersion, AccessScope scope) {
        Opportunity opportunity = OpportunityAccess.changeable(em, id, scope);
        if (opportunity.version() != expectedVersion) {
            throw new StaleVersionException(OpportunityAccess.ENTITY, id, expectedVersion, opportunity.version());
        }
        return opportunity;
    }

    /** The given active model, or the first active one. */
    private SalesModel model(Long modelId) {
        if (modelId != null) {
            return Optional.ofNullable(em.find(SalesModel.class, modelId)).filter(SalesModel::active)
                    .orElseThrow(() -> InvalidRequestException.of("modelId", "crm.validation.opportunity.modelUnknown"));
        }
        return em.createQuery("select m from SalesModel m where m.active = :active order by m.id", SalesModel.class)
                .setParameter("active", true).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> InvalidRequestException.of("modelId", "crm.validation.required"));
    }

    private UserAccount curator(Long curatorId, Counterparty customer, AccessScope scope) {
        if (curatorId != null) {
            return chosenCurator(curatorId, scope);
        }
        return customer.curator().or(() -> CuratorAssignment.pick(em, customer)).orElseGet(caller::user);
    }

    /** The caller, or a user the caller manages (their team for heads, anyone for admins). */
    private UserAccount chosenCurator(long curatorId, AccessScope scope) {
        UserAccount curator = Optional.ofNullable(em.find(UserAccount.class, curatorId)).orElseThrow(() ->
                InvalidRequestException.of("curatorId", "crm.validation.opportunity.curatorUnknown"));
        if (!curator.id().equals(scope.userId()) && !scope.canManage(curator)) {
            throw new ForbiddenOperationException("crm.forbidden.opportunity.curator");
        }
        return curator;
    }

    private ContactPerson contactPerson(Long personId, Counterparty customer) {
        if (personId == null) {
            return null;
        }
        return Optional.ofNullable(em.find(ContactPerson.class, personId)).filter(p -> p.counterparty() == customer)
                .orElseThrow(() -> InvalidRequestException.of("contactPersonId",
                        "crm.validation.activity.personOfOtherCustomer"));
    }

    private void recordTasks(List<Activity> tasks) {
        for (Activity task : tasks) {
            audit.record(AuditAction.CREATE, ActivityAccess.ENTITY, task.id(), "activity #" + task.id() + " TASK «"
                    + task.subject() + "» planned (" + task.owner().login() + ")", null, task.snapshot());
        }
    }

    /** Audits the change on the opportunity and on its customer's timeline. */
    private void record(AuditAction action, Opportunity opportunity, String what, Map<String, Object> before) {
        Map<String, Object> after = opportunity.snapshot();
        String summary = "opportunity " + opportunity.number() + " «" + opportunity.title() + "» " + what;
        audit.record(action, OpportunityAccess.ENTITY, opportunity.id(), summary, before, after);
        audit.record(action, CustomerAccess.ENTITY, opportunity.customer().id(), summary, before, after);
    }
}

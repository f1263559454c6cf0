package ru.erp.crm.sales.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.control.ActionPlan;
import ru.erp.crm.sales.control.CuratorAssignment;
import ru.erp.crm.sales.control.CuratorNotice;
import ru.erp.crm.sales.control.OpportunityAccess;
import ru.erp.crm.sales.entity.Opportunity;
import ru.erp.crm.sales.entity.SalesModel;
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
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
public class Opportunities {

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    /** What "now" and "today" are; the server's zone, as the users' days are. */
    Clock clock = Clock.systemDefaultZone();

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

    public OpportunityView find(long id) {
        return OpportunityView.of(OpportunityAccess.visible(em, id, caller.scope()));
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

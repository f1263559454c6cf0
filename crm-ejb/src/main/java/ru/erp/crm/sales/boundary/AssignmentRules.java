package ru.erp.crm.sales.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.entity.AssignmentRule;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/** The rules that pick a curator for a new opportunity whose customer has none; kept by heads and admins. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
public class AssignmentRules {

    static final String ENTITY = "assignmentRule";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    public AssignmentRuleView create(AssignmentRuleDraft draft) {
        Resolved resolved = resolve(draft);
        AssignmentRule rule = new AssignmentRule(draft.position(), resolved.category(), draft.region(),
                !Boolean.FALSE.equals(draft.active()), resolved.pool());
        em.persist(rule);
        em.flush();
        AssignmentRuleView view = AssignmentRuleView.of(rule);
        audit.record(AuditAction.CREATE, ENTITY, rule.id(), "assignment rule " + describe(view), null, null);
        return view;
    }

    public AssignmentRuleView update(long id, long expectedVersion, AssignmentRuleDraft draft) {
        AssignmentRule rule = Optional.ofNullable(em.find(AssignmentRule.class, id))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (rule.version() != expectedVersion) {
            throw new StaleVersionException(ENTITY, id, expectedVersion, rule.version());
        }
        String before = describe(AssignmentRuleView.of(rule));
        Resolved resolved = resolve(draft);
        rule.revise(draft.position(), resolved.category(), draft.region(), !Boolean.FALSE.equals(draft.active()),
                resolved.pool());
        em.flush();
        AssignmentRuleView view = AssignmentRuleView.of(rule);
        audit.record(AuditAction.UPDATE, ENTITY, rule.id(), "assignment rule " + describe(view) + ", was " + before,
                null, null);
        return view;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public List<AssignmentRuleView> list() {
        return em.createQuery("select r from AssignmentRule r order by r.position, r.id", AssignmentRule.class)
                .getResultStream().map(AssignmentRuleView::of).toList();
    }

    private record Resolved(CustomerCategory category, Set<UserAccount> pool) {
    }

    private Resolved resolve(AssignmentRuleDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.position() == null) {
            violations.add(new Violation("position", "crm.validation.required"));
        }
        if (draft.region() != null && draft.region().strip().length() > AssignmentRule.REGION_LENGTH) {
            violations.add(new Violation("region", "crm.validation.tooLong", AssignmentRule.REGION_LENGTH));
        }
        CustomerCategory category = draft.categoryId() == null ? null : em.find(CustomerCategory.class, draft.categoryId());
        if (draft.categoryId() != null && category == null) {
            violations.add(new Violation("categoryId", "crm.validation.assignmentRule.categoryUnknown"));
        }
        Set<UserAccount> pool = new HashSet<>();
        if (draft.userIds().isEmpty()) {
            violations.add(new Violation("userIds", "crm.validation.required"));
        }
        for (int i = 0; i < draft.userIds().size(); i++) {
            UserAccount user = em.find(UserAccount.class, draft.userIds().get(i));
            if (user == null) {
                violations.add(new Violation("userIds[" + i + "]", "crm.validation.opportunity.curatorUnknown"));
            } else {
                pool.add(user);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Resolved(category, pool);
    }

    private static String describe(AssignmentRuleView rule) {
        return "#" + rule.position() + " category " + rule.categoryCode() + ", region " + rule.region() + ", pool "
                + rule.logins() + (rule.active() ? "" : " (inactive)");
    }
}

package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.sales.entity.AssignmentRule;
import ru.erp.crm.sales.entity.OpportunityState;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Automatic curator assignment: the first matching {@link AssignmentRule} in position order picks
 * from its pool by current open workload. A pick changes the rule's last pick and so its version:
 * two concurrent picks by one rule conflict (the second fails as a stale version) rather than both
 * taking the same turn.
 */
public final class CuratorAssignment {

    private CuratorAssignment() {
    }

    public static Optional<UserAccount> pick(EntityManager em, Counterparty customer) {
        List<AssignmentRule> rules = em.createQuery(
                "select r from AssignmentRule r where r.active = :active order by r.position, r.id", AssignmentRule.class)
                .setParameter("active", true).getResultList();
        return rules.stream().filter(rule -> rule.matches(customer)).findFirst()
                .flatMap(rule -> rule.pick(openWorkload(em, rule)));
    }

    /** Open opportunities per member of the rule's pool: one grouped count over the pipeline index. */
    static Map<Long, Long> openWorkload(EntityManager em, AssignmentRule rule) {
        Map<Long, Long> counts = new HashMap<>();
        List<Long> members = rule.pool().stream().map(UserAccount::id).toList();
        em.createQuery("select o.curator.id, count(o) from Opportunity o where o.curator.id in :members"
                        + " and o.state = :open group by o.curator.id", Object[].class)
                .setParameter("members", members).setParameter("open", OpportunityState.OPEN)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}

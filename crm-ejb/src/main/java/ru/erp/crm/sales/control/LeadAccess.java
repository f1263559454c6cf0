package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;
import ru.erp.crm.sales.entity.Lead;

/**
 * Who sees a lead. Nobody's lead is everybody's (in a sales role): whoever takes it up first
 * becomes its curator. An assigned lead is its curator's, their head's and the admins': the same
 * circle that changes a customer the curator curates. Outside it, a lead does not exist.
 */
public final class LeadAccess {

    public static final String ENTITY = "lead";

    private LeadAccess() {
    }

    public static Lead visible(EntityManager em, long id, AccessScope scope) {
        return Optional.ofNullable(em.find(Lead.class, id))
                .filter(lead -> canSee(lead, scope))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    public static boolean canSee(Lead lead, AccessScope scope) {
        return lead.curator().map(curator -> actsFor(curator, scope)).orElse(true);
    }

    /** The user themselves, their head, or an admin. */
    public static boolean actsFor(UserAccount user, AccessScope scope) {
        return user.id().equals(scope.userId()) || scope.canManage(user);
    }

    /** A lead goes to the caller themselves, or by a head to a member of the team, or by an admin to anyone. */
    public static void requireAssignable(UserAccount curator, AccessScope scope) {
        if (curator != null && !actsFor(curator, scope)) {
            throw new ForbiddenOperationException("crm.forbidden.lead.assign");
        }
    }

    /** The caller's read scope as a JPQL predicate on the lead {@code alias}, for every list and count. */
    public static String visiblePredicate(String alias, AccessScope scope, Map<String, Object> parameters) {
        if (scope.has(Role.ADMIN)) {
            return "1 = 1";
        }
        parameters.put("leadCircle", List.copyOf(scope.writableCuratorIds()));
        return "(" + alias + ".curator is null or " + alias + ".curator.id in :leadCircle)";
    }
}

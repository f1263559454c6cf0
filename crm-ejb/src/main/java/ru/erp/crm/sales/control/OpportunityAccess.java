package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.sales.entity.Opportunity;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.entity.Role;

/**
 * Record-level access to an opportunity: it is seen by those who see its customer (404 for the
 * others) and changed by its curator, the curator's head and admins (403 for the others).
 */
public final class OpportunityAccess {

    public static final String ENTITY = "opportunity";

    private OpportunityAccess() {
    }

    public static Opportunity visible(EntityManager em, long id, AccessScope scope) {
        return Optional.ofNullable(em.find(Opportunity.class, id))
                .filter(o -> CustomerAccess.canSee(o.customer(), scope))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    public static Opportunity changeable(EntityManager em, long id, AccessScope scope) {
        Opportunity opportunity = visible(em, id, scope);
        if (!scope.canChange(opportunity.curator().id())) {
            throw new ForbiddenOperationException("crm.forbidden.opportunity.notCurator");
        }
        return opportunity;
    }

    /** Heads and admins may skip stages forward. */
    public static boolean mayJump(AccessScope scope) {
        return scope.has(Role.ADMIN) || scope.has(Role.SALES_HEAD);
    }
}

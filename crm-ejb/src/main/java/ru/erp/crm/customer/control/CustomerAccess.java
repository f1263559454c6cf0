package ru.erp.crm.customer.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.entity.UserAccount;

/** Record-level access to one customer: outside the caller's categories it does not exist. */
public final class CustomerAccess {

    public static final String ENTITY = "customer";

    private CustomerAccess() {
    }

    public static Counterparty visible(EntityManager em, long id, AccessScope scope) {
        return Optional.ofNullable(em.find(Counterparty.class, id))
                .filter(c -> scope.canSee(c.category().id()))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** A visible customer the caller may also change (curated by them or their team). */
    public static Counterparty changeable(EntityManager em, long id, AccessScope scope) {
        Counterparty customer = visible(em, id, scope);
        requireChangeable(customer, scope);
        return customer;
    }

    public static void requireChangeable(Counterparty customer, AccessScope scope) {
        if (!scope.canChange(customer.curator().map(UserAccount::id).orElse(null))) {
            throw new ForbiddenOperationException("crm.forbidden.customer.notCurator");
        }
    }
}

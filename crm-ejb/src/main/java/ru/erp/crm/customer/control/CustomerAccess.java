package ru.erp.crm.customer.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
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
                .filter(c -> canSee(c, scope))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    public static boolean canSee(Counterparty customer, AccessScope scope) {
        return scope.canSee(customer.category().id());
    }

    /**
     * The caller's read scope as a JPQL predicate on the counterparty {@code alias}, for every list,
     * count and export over customers or records that belong to them (invoices, payments): the one
     * place that turns category grants into a query. Puts its parameter into {@code parameters}.
     */
    public static String visiblePredicate(String alias, AccessScope scope, Map<String, Object> parameters) {
        if (scope.allCategories()) {
            return "1 = 1";
        }
        if (scope.visibleCategoryIds().isEmpty()) {
            return "1 = 0";
        }
        parameters.put("visibleCategories", List.copyOf(scope.visibleCategoryIds()));
        return alias + ".category.id in :visibleCategories";
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

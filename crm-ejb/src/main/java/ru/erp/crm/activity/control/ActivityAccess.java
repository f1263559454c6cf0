package ru.erp.crm.activity.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Who sees and who changes an activity. An activity on a customer is visible exactly when the
 * customer is (the customer's rules win, as for invoices); one on no customer belongs to its
 * owner's working circle: the owner, their head and admins. Changing it is for the owner, their
 * head and admins, on top of seeing it. The same circle may plan for a user and open their calendar.
 */
public final class ActivityAccess {

    public static final String ENTITY = "activity";

    private ActivityAccess() {
    }

    public static Activity visible(EntityManager em, long id, AccessScope scope) {
        return Optional.ofNullable(em.find(Activity.class, id))
                .filter(activity -> canSee(activity, scope))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** A visible activity the caller may also change. */
    public static Activity changeable(EntityManager em, long id, AccessScope scope) {
        Activity activity = visible(em, id, scope);
        requireActingFor(activity.owner(), scope);
        return activity;
    }

    public static boolean canSee(Activity activity, AccessScope scope) {
        return activity.customer().map(customer -> CustomerAccess.canSee(customer, scope))
                .orElseGet(() -> actsFor(activity.owner(), scope));
    }

    /** The user themselves, their head, or an admin. */
    public static boolean actsFor(UserAccount user, AccessScope scope) {
        return user.id().equals(scope.userId()) || scope.canManage(user);
    }

    public static void requireActingFor(UserAccount user, AccessScope scope) {
        if (!actsFor(user, scope)) {
            throw new ForbiddenOperationException("crm.forbidden.activity.notOwner");
        }
    }

    /**
     * The caller's read scope over activities as a JPQL predicate on the activity {@code alias}
     * and its left-joined customer {@code customerAlias}, for every list and count.
     */
    public static String visiblePredicate(String alias, String customerAlias, AccessScope scope,
                                          Map<String, Object> parameters) {
        String ownCircle;
        if (scope.has(Role.ADMIN)) {
            ownCircle = "1 = 1";
        } else {
            parameters.put("circle", List.copyOf(scope.writableCuratorIds()));
            ownCircle = alias + ".owner.id in :circle";
        }
        return "((" + customerAlias + ".id is null and " + ownCircle + ") or (" + customerAlias + ".id is not null and "
                + CustomerAccess.visiblePredicate(customerAlias, scope, parameters) + "))";
    }
}

package ru.erp.crm.security.control;

import java.util.Set;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * What the caller may see and change in the customer base. Reading is by category: a user sees
 * the categories granted to them (an admin sees all). Changing is by curatorship: a manager
 * works on the customers they curate, a head on those of their team, an admin on all; customers
 * nobody curates yet may be taken by any of them.
 *
 * @param visibleCategoryIds the granted categories, ignored when {@code allCategories}
 * @param writableCuratorIds curators whose customers the caller may change, ignored when {@code anyCurator}
 */
public record AccessScope(Long userId, String login, Set<Role> roles, boolean allCategories,
                          Set<Long> visibleCategoryIds, boolean anyCurator, Set<Long> writableCuratorIds,
                          boolean mayWrite) {

    public AccessScope {
        roles = Set.copyOf(roles);
        visibleCategoryIds = Set.copyOf(visibleCategoryIds);
        writableCuratorIds = Set.copyOf(writableCuratorIds);
    }

    public boolean canSee(Long categoryId) {
        return allCategories || visibleCategoryIds.contains(categoryId);
    }

    /** Whether the caller may change a visible customer with this curator (null: nobody). */
    public boolean canChange(Long curatorId) {
        return mayWrite && (anyCurator || curatorId == null || writableCuratorIds.contains(curatorId));
    }

    /** Admins manage everyone; heads manage the members of their team. */
    public boolean canManage(UserAccount user) {
        if (roles.contains(Role.ADMIN)) {
            return true;
        }
        return roles.contains(Role.SALES_HEAD)
                && user.head().map(head -> head.id().equals(userId)).orElse(false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

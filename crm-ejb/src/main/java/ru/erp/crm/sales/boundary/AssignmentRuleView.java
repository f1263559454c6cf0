package ru.erp.crm.sales.boundary;

import java.util.Comparator;
import java.util.List;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.sales.entity.AssignmentRule;
import ru.erp.crm.security.entity.UserAccount;

/** An automatic-assignment rule with its pool (by id) and whom it picked last. */
public record AssignmentRuleView(Long id, int position, Long categoryId, String categoryCode, String region,
                                 boolean active, List<Long> userIds, List<String> logins, Long lastPickedId,
                                 long version) {

    public static AssignmentRuleView of(AssignmentRule rule) {
        List<UserAccount> pool = rule.pool().stream().sorted(Comparator.comparing(UserAccount::id)).toList();
        return new AssignmentRuleView(rule.id(), rule.position(), rule.category().map(CustomerCategory::id).orElse(null),
                rule.category().map(CustomerCategory::code).orElse(null), rule.region(), rule.active(),
                pool.stream().map(UserAccount::id).toList(), pool.stream().map(UserAccount::login).toList(),
                rule.lastPicked().map(UserAccount::id).orElse(null), rule.version());
    }
}

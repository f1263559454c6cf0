package ru.erp.crm.sales.boundary;

import java.util.List;

/** An automatic-assignment rule as a head writes it; category and region optional, the pool required. */
public record AssignmentRuleDraft(Integer position, Long categoryId, String region, Boolean active, List<Long> userIds) {

    public AssignmentRuleDraft {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }
}

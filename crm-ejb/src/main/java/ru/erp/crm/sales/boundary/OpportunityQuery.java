package ru.erp.crm.sales.boundary;

import ru.erp.crm.sales.entity.OpportunityState;

/**
 * The pipeline list's filters, each optional. {@code withoutNextStep}: open opportunities with no
 * planned activity, which the manager's start page asks to act on.
 */
public record OpportunityQuery(Long curatorId, Long stageId, OpportunityState state, Long customerId,
                               boolean withoutNextStep) {
}

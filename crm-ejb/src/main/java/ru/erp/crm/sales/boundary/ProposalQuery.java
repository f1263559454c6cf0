package ru.erp.crm.sales.boundary;

import ru.erp.crm.sales.entity.ProposalStatus;

/** Narrows the proposal list; every part is optional. {@code q} is a number prefix ("КП-0001"). */
public record ProposalQuery(Long customerId, ProposalStatus status, Long opportunityId, String q) {
}

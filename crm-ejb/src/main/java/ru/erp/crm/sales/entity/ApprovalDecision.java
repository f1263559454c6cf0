package ru.erp.crm.sales.entity;

/** A head's decision on a proposal version over its author's discount limit. */
public enum ApprovalDecision {
    APPROVED,
    REJECTED
}

package ru.erp.crm.sales.entity;

/** Where a {@link Proposal} stands; see its class comment for the transitions. */
public enum ProposalStatus {
    DRAFT,
    PENDING_APPROVAL,
    APPROVED,
    REJECTED,
    SENT,
    ACCEPTED,
    DECLINED,
    SUPERSEDED;

    /** Its lines and header may still change (a rejected version is reworked in place). */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }

    /** Nothing happens to the proposal any more. */
    public boolean closed() {
        return this == ACCEPTED || this == DECLINED || this == SUPERSEDED;
    }
}

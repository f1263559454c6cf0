package ru.erp.crm.platform.audit;

/** The kinds of events the audit trail records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    MERGE,
    MERGED_INTO,
    GRANT,
    REVOKE,
    BLOCK,
    UNBLOCK,
    LOGIN,
    LOGIN_FAILED,
    LOCKED_OUT,
    IMPORT,
    /** Something that happened to one of a customer's orders, on the customer's timeline. */
    ORDER_EVENT
}

package ru.erp.crm.sales.entity;

/** An import is a preview until confirmed; confirming imports the good rows, once. */
public enum LeadImportStatus {
    PREVIEW,
    IMPORTED
}

package ru.erp.crm.sales.entity;

/** Where a lead came from. */
public enum LeadSource {
    /** The company's web form, anonymous. */
    WEB,
    /** Entered by a user. */
    MANUAL,
    /** A row of an uploaded CSV or XLSX file. */
    IMPORT,
    /** Gathered at a marketing event. */
    EVENT
}

package ru.erp.crm.activity.entity;

/** An activity is planned until it is done (once) or cancelled; both close it. */
public enum ActivityStatus {
    PLANNED,
    DONE,
    CANCELLED
}

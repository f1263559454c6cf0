package ru.erp.crm.customer.entity;

/** What a contact point is for. */
public enum ContactPurpose {
    WORK,
    PERSONAL,
    BILLING
}

package ru.erp.crm.customer.entity;

/** How a contact point reaches someone. */
public enum ContactKind {
    PHONE,
    EMAIL,
    MESSENGER,
    SOCIAL
}

package ru.erp.crm.customer.entity;

/** The parts a counterparty plays for us; several at once. */
public enum CustomerRole {
    CLIENT,
    PROSPECT,
    PARTNER,
    DEALER,
    SUPPLIER
}

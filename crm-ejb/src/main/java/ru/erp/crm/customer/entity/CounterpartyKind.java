package ru.erp.crm.customer.entity;

/** A legal entity or a private person (including individual entrepreneurs). */
public enum CounterpartyKind {
    ORGANIZATION,
    PERSON
}

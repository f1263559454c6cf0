package ru.erp.crm.exchange.entity;

/** Whether a message came into the CRM or left it. */
public enum MessageDirection {
    IN,
    OUT
}

package ru.erp.crm.sales.entity;

/** Where an order was entered: in the CRM, or in 1C (and imported from its documents). */
public enum OrderSource {
    CRM, ONE_C
}

package ru.erp.crm.customer.entity;

/** Systems whose identifiers of a counterparty we keep. */
public enum ExternalSystem {
    /** The GUID (Ид) of a 1C catalogue item. */
    ONE_C
}

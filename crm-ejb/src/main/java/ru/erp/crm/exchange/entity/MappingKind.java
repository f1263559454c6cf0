package ru.erp.crm.exchange.entity;

/** What a channel mapping translates: a 1C price type or a 1C warehouse. */
public enum MappingKind {
    PRICE_TYPE,
    WAREHOUSE
}

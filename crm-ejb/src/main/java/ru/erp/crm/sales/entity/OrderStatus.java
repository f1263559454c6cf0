package ru.erp.crm.sales.entity;

/** The CRM's own life of an order: DRAFT → CONFIRMED → CANCELLED (a draft may also be cancelled). */
public enum OrderStatus {
    DRAFT, CONFIRMED, CANCELLED
}

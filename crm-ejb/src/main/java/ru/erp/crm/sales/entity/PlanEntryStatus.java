package ru.erp.crm.sales.entity;

/**
 * Where a planned payment stands, derived from its money and the day, never stored: PAID once
 * paid in full; otherwise OVERDUE after its due date, PARTLY_PAID with some money booked, else
 * PLANNED. An overdue entry is OVERDUE even when partly paid: what is late matters more.
 */
public enum PlanEntryStatus {
    PLANNED, PARTLY_PAID, PAID, OVERDUE
}

package ru.erp.crm.sales.entity;

/**
 * A step of a stage as a sales head writes it: {@code id} of the step it keeps, null for a new
 * one; {@code performer} is {@link SalesStep#CURATOR} or a role name.
 */
public record StepPlan(Long id, String title, Integer dueOffsetDays, String performer, boolean blocking) {
}

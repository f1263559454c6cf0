package ru.erp.crm.sales.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One planned payment as a plan is written: {@code id} of the entry it revises, null for a new
 * one; the amount with at most two decimals; the days before the due date the curator is reminded.
 */
public record PaymentTerms(Long id, LocalDate dueDate, BigDecimal amount, int reminderDaysBefore, String comment) {
}

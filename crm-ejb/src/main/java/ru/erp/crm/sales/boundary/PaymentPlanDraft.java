package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A payment plan as a client writes it, entries in any order. {@code id} names an existing entry
 * to revise (null: a new one); {@code reminderDaysBefore} null is the default of three days.
 */
public record PaymentPlanDraft(List<Entry> entries) {

    public PaymentPlanDraft {
        entries = entries == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(entries));
    }

    public record Entry(Long id, LocalDate dueDate, BigDecimal amount, Integer reminderDaysBefore, String comment) {
    }
}

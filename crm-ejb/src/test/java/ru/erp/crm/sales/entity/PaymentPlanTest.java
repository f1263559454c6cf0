package ru.erp.crm.sales.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;

class PaymentPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final SalesOrder order = Templates.withId(new SalesOrder(Templates.customer(
            new CustomerCategory("KEY", "Ключевые", "Key"), "г. Москва"), TODAY, "RUB", OrderSource.CRM, "manager",
            Templates.NOW), 7L);
    private final PaymentPlan plan;

    PaymentPlanTest() {
        order.assignNumber();
        order.replaceLines(List.of(OrderLineTerms.priced(null, null, null, "Станок", null, null, BigDecimal.ONE,
                new BigDecimal("1000.00"), null, null)));
        plan = new PaymentPlan(order, "manager", Templates.NOW);
    }

    @Test
    void aDraftsPlanMayDifferFromItsTotalButAConfirmedOrdersMustAddUp() {
        plan.replace(List.of(terms(null, 10, "300")), "manager", Templates.NOW);
        assertFalse(plan.balanced());

        order.confirm(Templates.NOW);
        RuleViolationException confirmed = assertThrows(RuleViolationException.class, plan::requireBalanced);
        assertEquals("entries", confirmed.field());
        assertEquals(List.of(new BigDecimal("300.00"), new BigDecimal("1000.00"), "RUB"), confirmed.arguments());

        RuleViolationException replaced = assertThrows(RuleViolationException.class, () -> plan.replace(
                List.of(terms(null, 10, "300"), terms(null, 40, "600")), "manager", Templates.NOW));
        assertEquals("entries", replaced.field());
        assertEquals(1, plan.entries().size(), "nothing changed");

        plan.replace(List.of(terms(null, 10, "400"), terms(null, 40, "600.00")), "head", Templates.NOW);
        assertTrue(plan.balanced());
        assertEquals(new BigDecimal("1000.00"), plan.plannedTotal());
        assertEquals("head", plan.updatedBy());
        plan.replace(List.of(), "head", Templates.NOW);
        assertTrue(plan.balanced(), "no entries is no plan");
    }

    @Test
    void aPaidEntryKeepsItsDateAndAmountAndMoneyOnAnEntryKeepsIt() {
        plan.replace(List.of(terms(null, 10, "400"), terms(null, 40, "600")), "manager", Templates.NOW);
        PaymentPlanEntry first = withIds().get(0);
        PaymentPlanEntry second = plan.entries().get(1);
        plan.recordPaid(1L, new BigDecimal("400"), "finance", Templates.NOW);
        plan.recordPaid(2L, new BigDecimal("100"), "finance", Templates.NOW);

        RuleViolationException moved = assertThrows(RuleViolationException.class, () -> plan.replace(
                List.of(terms(1L, 12, "400"), terms(2L, 40, "600")), "manager", Templates.NOW));
        assertEquals("entries[0]", moved.field());
        RuleViolationException below = assertThrows(RuleViolationException.class, () -> plan.replace(
                List.of(terms(1L, 10, "400"), terms(2L, 40, "50")), "manager", Templates.NOW));
        assertEquals("entries[1].amount", below.field());
        RuleViolationException removed = assertThrows(RuleViolationException.class, () -> plan.replace(
                List.of(terms(1L, 10, "400")), "manager", Templates.NOW));
        assertEquals("entries", removed.field());
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class, () -> plan.replace(
                List.of(terms(1L, 10, "400"), terms(9L, 40, "600")), "manager", Templates.NOW));
        assertEquals("entries[1].id", unknown.violations().get(0).field());

        plan.replace(List.of(new PaymentTerms(1L, TODAY.plusDays(10), new BigDecimal("400"), 5, "аванс"),
                terms(2L, 30, "100"), terms(null, 50, "500")), "manager", Templates.NOW);
        assertEquals(3, plan.entries().size());
        assertEquals(List.of(5, "аванс"), List.of(first.reminderDaysBefore(), first.comment()), "a paid entry's words change");
        assertEquals(List.of(TODAY.plusDays(30), new BigDecimal("100.00")), List.of(second.dueDate(), second.amount()));
        assertTrue(second.settled(), "lowered to what was paid, it is paid");
    }

    @Test
    void theStatusFollowsTheMoneyAndTheDay() {
        plan.replace(List.of(terms(null, 10, "1000")), "manager", Templates.NOW);
        PaymentPlanEntry entry = withIds().get(0);
        LocalDate due = TODAY.plusDays(10);

        assertEquals(PlanEntryStatus.PLANNED, entry.status(due));
        assertEquals(PlanEntryStatus.OVERDUE, entry.status(due.plusDays(1)));
        entry.recordPaid(new BigDecimal("250.5"));
        assertEquals(PlanEntryStatus.PARTLY_PAID, entry.status(due));
        assertEquals(PlanEntryStatus.OVERDUE, entry.status(due.plusDays(1)), "late matters more than partly paid");
        assertEquals(new BigDecimal("749.50"), entry.openAmount());
        entry.recordPaid(new BigDecimal("1000"));
        assertEquals(PlanEntryStatus.PAID, entry.status(due.plusDays(100)));
        entry.recordPaid(BigDecimal.ZERO);
        assertEquals(PlanEntryStatus.PLANNED, entry.status(due), "a correction takes the money back");

        RuleViolationException overpaid = assertThrows(RuleViolationException.class,
                () -> entry.recordPaid(new BigDecimal("1000.01")));
        assertEquals("paidAmount", overpaid.field());
    }

    @Test
    void theReminderIsDueFromItsDayUntilTheDueDateOnce() {
        plan.replace(List.of(new PaymentTerms(null, TODAY.plusDays(3), new BigDecimal("1000"), 3, null)), "manager",
                Templates.NOW);
        PaymentPlanEntry entry = withIds().get(0);

        assertEquals(TODAY, entry.remindOn());
        assertFalse(entry.reminderDue(TODAY.minusDays(1)));
        assertTrue(entry.reminderDue(TODAY));
        assertTrue(entry.reminderDue(TODAY.plusDays(3)), "a missed day still reminds on the due date");
        assertFalse(entry.reminderDue(TODAY.plusDays(4)), "overdue is the overdue list's");
        entry.remindedBy(42L);
        assertFalse(entry.reminderDue(TODAY));
        assertEquals(42L, entry.reminderActivityId());
        assertThrows(IllegalStateException.class, () -> entry.remindedBy(43L));
    }

    @Test
    void aCancelledOrdersPlanNoLongerChanges() {
        order.cancel("передумали", Templates.NOW);

        assertThrows(RuleViolationException.class, () -> plan.replace(List.of(terms(null, 1, "1000")), "manager",
                Templates.NOW));
    }

    /** Gives the entries the ids the database would, 1, 2, … in their order. */
    private List<PaymentPlanEntry> withIds() {
        List<PaymentPlanEntry> entries = plan.entries();
        for (int i = 0; i < entries.size(); i++) {
            Templates.withId(entries.get(i), i + 1L);
        }
        return entries;
    }

    private static PaymentTerms terms(Long id, int daysAhead, String amount) {
        return new PaymentTerms(id, TODAY.plusDays(daysAhead), new BigDecimal(amount),
                PaymentPlanEntry.DEFAULT_REMINDER_DAYS, null);
    }
}

package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.boundary.PaymentPlanDraft;
import ru.erp.crm.sales.entity.PaymentPlan;
import ru.erp.crm.sales.entity.PaymentTerms;

class PaymentPlanValidatorTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    @Test
    void everyBadFieldIsNamedAsTheClientSentIt() {
        List<PaymentPlanDraft.Entry> entries = new ArrayList<>();
        entries.add(new PaymentPlanDraft.Entry(null, DUE, new BigDecimal("10"), 3, null));
        entries.add(null);
        entries.add(new PaymentPlanDraft.Entry(null, null, BigDecimal.ZERO, -1, "x".repeat(1001)));
        entries.add(new PaymentPlanDraft.Entry(null, DUE, null, 61, null));

        assertEquals(List.of("entries[1]", "entries[2].dueDate", "entries[2].amount", "entries[2].reminderDaysBefore",
                        "entries[2].comment", "entries[3].amount", "entries[3].reminderDaysBefore"),
                PaymentPlanValidator.violationsOf(new PaymentPlanDraft(entries)).stream().map(Violation::field).toList());
        assertEquals(List.of("entries"), PaymentPlanValidator.violationsOf(new PaymentPlanDraft(Collections.nCopies(
                PaymentPlan.MAX_ENTRIES + 1, new PaymentPlanDraft.Entry(null, DUE, BigDecimal.ONE, null, null))))
                .stream().map(Violation::field).toList());
    }

    @Test
    void aMissingReminderDayCountIsTheDefault() {
        List<PaymentTerms> terms = PaymentPlanValidator.requireValid(new PaymentPlanDraft(List.of(
                new PaymentPlanDraft.Entry(5L, DUE, new BigDecimal("1.50"), null, "аванс"))));

        assertEquals(List.of(new PaymentTerms(5L, DUE, new BigDecimal("1.50"), 3, "аванс")), terms);
        assertEquals(List.of(), PaymentPlanValidator.requireValid(new PaymentPlanDraft(null)));
    }

    @Test
    void moneyIsPositiveWithTwoDecimalsAndFitsTheColumn() {
        assertTrue(PaymentPlanValidator.isMoney(new BigDecimal("0.01")));
        assertTrue(PaymentPlanValidator.isMoney(new BigDecimal("1.500")));
        assertTrue(PaymentPlanValidator.isMoney(new BigDecimal("9999999999999999.99")));
        assertFalse(PaymentPlanValidator.isMoney(new BigDecimal("0.001")));
        assertFalse(PaymentPlanValidator.isMoney(new BigDecimal("-1")));
        assertFalse(PaymentPlanValidator.isMoney(new BigDecimal("10000000000000000")));
    }
}

package ru.erp.crm.sales.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.boundary.PaymentPlanDraft;
import ru.erp.crm.sales.entity.PaymentPlan;
import ru.erp.crm.sales.entity.PaymentPlanEntry;
import ru.erp.crm.sales.entity.PaymentTerms;

/**
 * Checks a {@link PaymentPlanDraft} field by field, reporting every problem at once with the
 * field as the client sent it ({@code entries[1].amount}), and turns it into the entity's terms.
 * The plan's own rules (the sum, paid entries) are {@link PaymentPlan}'s.
 */
public final class PaymentPlanValidator {

    private PaymentPlanValidator() {
    }

    public static List<PaymentTerms> requireValid(PaymentPlanDraft draft) {
        List<Violation> violations = violationsOf(draft);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return draft.entries().stream().map(entry -> new PaymentTerms(entry.id(), entry.dueDate(), entry.amount(),
                entry.reminderDaysBefore() == null ? PaymentPlanEntry.DEFAULT_REMINDER_DAYS : entry.reminderDaysBefore(),
                entry.comment())).toList();
    }

    public static List<Violation> violationsOf(PaymentPlanDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.entries().size() > PaymentPlan.MAX_ENTRIES) {
            violations.add(new Violation("entries", "crm.validation.paymentPlan.tooManyEntries", PaymentPlan.MAX_ENTRIES));
            return violations;
        }
        for (int i = 0; i < draft.entries().size(); i++) {
            entry(violations, "entries[" + i + "]", draft.entries().get(i));
        }
        return violations;
    }

    private static void entry(List<Violation> violations, String name, PaymentPlanDraft.Entry entry) {
        if (entry == null) {
            violations.add(new Violation(name, "crm.validation.required"));
            return;
        }
        if (entry.dueDate() == null) {
            violations.add(new Violation(name + ".dueDate", "crm.validation.required"));
        }
        if (entry.amount() == null) {
            violations.add(new Violation(name + ".amount", "crm.validation.required"));
        } else if (!isMoney(entry.amount())) {
            violations.add(new Violation(name + ".amount", "crm.validation.amount"));
        }
        Integer days = entry.reminderDaysBefore();
        if (days != null && (days < 0 || days > PaymentPlanEntry.MAX_REMINDER_DAYS)) {
            violations.add(new Violation(name + ".reminderDaysBefore", "crm.validation.paymentPlan.reminderDays",
                    PaymentPlanEntry.MAX_REMINDER_DAYS));
        }
        if (entry.comment() != null && entry.comment().strip().length() > PaymentPlanEntry.COMMENT_LENGTH) {
            violations.add(new Violation(name + ".comment", "crm.validation.tooLong", PaymentPlanEntry.COMMENT_LENGTH));
        }
    }

    /** Above zero with at most two decimals, as number(18,2) keeps it. */
    static boolean isMoney(BigDecimal amount) {
        return amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2 && amount.precision() - amount.scale() <= 16;
    }
}

package ru.erp.crm.finance.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.finance.boundary.InvoiceDraft;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

/** Checks a new invoice field by field and reports every violation at once. */
public final class InvoiceValidator {

    static final int NUMBER_LENGTH = 32;
    static final int EXTERNAL_ID_LENGTH = 100;

    private InvoiceValidator() {
    }

    public static void requireValid(InvoiceDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.customerId() == null) {
            violations.add(new Violation("customerId", "crm.validation.required"));
        }
        text(violations, "number", draft.number(), NUMBER_LENGTH, true);
        if (draft.date() == null) {
            violations.add(new Violation("date", "crm.validation.required"));
        }
        amount(violations, "amount", draft.amount());
        if (draft.dueDate() == null) {
            violations.add(new Violation("dueDate", "crm.validation.required"));
        } else if (draft.date() != null && draft.dueDate().isBefore(draft.date())) {
            violations.add(new Violation("dueDate", "crm.validation.invoice.dueBeforeDate"));
        }
        if (draft.currency() != null && !draft.currency().isBlank() && !draft.currency().strip().matches("[A-Z]{3}")) {
            violations.add(new Violation("currency", "crm.validation.currency"));
        }
        text(violations, "externalId", draft.externalId(), EXTERNAL_ID_LENGTH, false);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /** An amount of money: above zero, in kopecks at most. */
    public static void amount(List<Violation> violations, String field, BigDecimal amount) {
        if (amount == null) {
            violations.add(new Violation(field, "crm.validation.required"));
        } else if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(field, "crm.validation.amount"));
        }
    }

    private static void text(List<Violation> violations, String field, String value, int length, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "crm.validation.required"));
            }
        } else if (value.strip().length() > length) {
            violations.add(new Violation(field, "crm.validation.tooLong", length));
        }
    }
}

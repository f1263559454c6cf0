package ru.erp.crm.sales.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.boundary.ProposalDraft;

/**
 * Checks a {@link ProposalDraft} field by field and reports every problem at once. Lines follow
 * the order rules ({@link OrderValidator}), since an accepted proposal becomes an order with them.
 */
public final class ProposalValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProposalValidator() {
    }

    public static void requireValid(ProposalDraft draft) {
        List<Violation> violations = violationsOf(draft);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    public static List<Violation> violationsOf(ProposalDraft draft) {
        List<Violation> violations = new ArrayList<>(OrderValidator.violationsOf(draft.asOrderDraft()));
        BigDecimal discount = draft.headerDiscountPercent();
        if (discount != null && (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0
                || Math.max(0, discount.stripTrailingZeros().scale()) > 2)) {
            violations.add(new Violation("headerDiscountPercent", "crm.validation.order.discount"));
        }
        if (draft.date() != null && draft.validUntil() != null && draft.validUntil().isBefore(draft.date())) {
            violations.add(new Violation("validUntil", "crm.validation.proposal.validUntil"));
        }
        return violations;
    }
}

package ru.erp.crm.sales.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.boundary.OrderDraft;
import ru.erp.crm.sales.entity.OrderLineTerms;
import ru.erp.crm.sales.entity.SalesOrder;

/**
 * Checks an {@link OrderDraft} field by field and reports every problem at once, each naming the
 * field as the client sent it ({@code lines[2].quantity}). What needs the catalogue (does the
 * product exist, has it a price) is {@link OrderLinePricing}'s.
 */
public final class OrderValidator {

    static final int MAX_LINES = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OrderValidator() {
    }

    public static void requireValid(OrderDraft draft) {
        List<Violation> violations = violationsOf(draft);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    public static List<Violation> violationsOf(OrderDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.customerId() == null) {
            violations.add(new Violation("customerId", "crm.validation.required"));
        }
        text(violations, "comment", draft.comment(), SalesOrder.COMMENT_LENGTH);
        text(violations, "deliveryAddress", draft.deliveryAddress(), SalesOrder.ADDRESS_LENGTH);
        if (draft.date() != null && draft.requestedShipDate() != null && draft.requestedShipDate().isBefore(draft.date())) {
            violations.add(new Violation("requestedShipDate", "crm.validation.order.shipBeforeDate"));
        }
        if (draft.lines().size() > MAX_LINES) {
            violations.add(new Violation("lines", "crm.validation.order.tooManyLines", MAX_LINES));
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            line(violations, "lines[" + i + "].", draft.lines().get(i), draft.priceTypeId() != null);
        }
        return violations;
    }

    private static void line(List<Violation> violations, String prefix, OrderDraft.Line line, boolean priceTypeGiven) {
        if (line == null) {
            violations.add(new Violation(prefix.substring(0, prefix.length() - 1), "crm.validation.required"));
            return;
        }
        boolean free = line.productId() == null;
        if (free) {
            if (line.name() == null || line.name().isBlank()) {
                violations.add(new Violation(prefix + "name", "crm.validation.required"));
            } else {
                text(violations, prefix + "name", line.name(), OrderLineTerms.NAME_LENGTH);
            }
            text(violations, prefix + "unitCode", line.unitCode(), OrderLineTerms.UNIT_CODE_LENGTH);
            text(violations, prefix + "unitName", line.unitName(), OrderLineTerms.UNIT_NAME_LENGTH);
            if (line.vatRate() != null && !percent(line.vatRate(), false)) {
                violations.add(new Violation(prefix + "vatRate", "crm.validation.order.vatRate"));
            }
        }
        if (line.quantity() == null) {
            violations.add(new Violation(prefix + "quantity", "crm.validation.required"));
        } else if (line.quantity().signum() <= 0 || scale(line.quantity()) > OrderLineTerms.QUANTITY_SCALE) {
            violations.add(new Violation(prefix + "quantity", "crm.validation.order.quantity", OrderLineTerms.QUANTITY_SCALE));
        }
        if (line.price() == null) {
            if (free) {
                violations.add(new Violation(prefix + "price", "crm.validation.required"));
            } else if (!priceTypeGiven) {
                violations.add(new Violation(prefix + "price", "crm.validation.order.priceOrType"));
            }
        } else if (line.price().signum() < 0 || scale(line.price()) > OrderLineTerms.MONEY_SCALE) {
            violations.add(new Violation(prefix + "price", "crm.validation.order.price"));
        }
        if (line.discountPercent() != null && !percent(line.discountPercent(), true)) {
            violations.add(new Violation(prefix + "discountPercent", "crm.validation.order.discount"));
        }
    }

    /** 0 to 100 (a discount) or 0 to 99.99 (a VAT rate), at most two decimals. */
    private static boolean percent(BigDecimal value, boolean hundredAllowed) {
        int limit = value.compareTo(HUNDRED);
        return value.signum() >= 0 && (hundredAllowed ? limit <= 0 : limit < 0) && scale(value) <= 2;
    }

    private static int scale(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static void text(List<Violation> violations, String field, String value, int length) {
        if (value != null && value.strip().length() > length) {
            violations.add(new Violation(field, "crm.validation.tooLong", length));
        }
    }
}

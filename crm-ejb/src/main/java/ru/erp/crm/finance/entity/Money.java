package ru.erp.crm.finance.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in roubles and kopecks, as the number(18,2) columns keep them. */
final class Money {

    static final int SCALE = 2;

    private Money() {
    }

    /** A positive amount with at most two decimals, brought to scale 2; anything else is refused. */
    static BigDecimal positive(BigDecimal amount, String what) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + amount);
        }
        try {
            return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " has more than two decimals: " + amount, e);
        }
    }
}

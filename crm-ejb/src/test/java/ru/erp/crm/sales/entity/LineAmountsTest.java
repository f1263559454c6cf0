package ru.erp.crm.sales.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LineAmountsTest {

    @Test
    void theAmountIsPriceTimesQuantityLessTheDiscountRoundedHalfUpToTheKopeck() {
        assertEquals(new BigDecimal("300.00"), LineAmounts.amount(money("100"), qty("3"), BigDecimal.ZERO));
        // 33.33 × 3 × 0.9 = 89.991
        assertEquals(new BigDecimal("89.99"), LineAmounts.amount(money("33.33"), qty("3"), new BigDecimal("10")));
        // 0.15 × 0.5 = 0.075 → 0.08
        assertEquals(new BigDecimal("0.08"), LineAmounts.amount(money("0.15"), qty("0.5"), BigDecimal.ZERO));
        // 19.99 × 1.125 × 0.875 = 19.6776...
        assertEquals(new BigDecimal("19.68"), LineAmounts.amount(money("19.99"), qty("1.125"), new BigDecimal("12.5")));
        assertEquals(new BigDecimal("0.00"), LineAmounts.amount(money("500"), qty("2"), new BigDecimal("100")));
    }

    @Test
    void vatIsExtractedFromAnAmountThatIncludesIt() {
        // 120 × 20 / 120
        assertEquals(new BigDecimal("20.00"), LineAmounts.vat(money("120.00"), new BigDecimal("20")));
        // 100 × 20 / 120 = 16.666…
        assertEquals(new BigDecimal("16.67"), LineAmounts.vat(money("100.00"), new BigDecimal("20")));
        // 110 × 10 / 110
        assertEquals(new BigDecimal("10.00"), LineAmounts.vat(money("110.00"), new BigDecimal("10")));
        assertEquals(new BigDecimal("0.00"), LineAmounts.vat(money("100.00"), null));
        assertEquals(new BigDecimal("0.00"), LineAmounts.vat(money("100.00"), BigDecimal.ZERO));
    }

    @Test
    void aHeaderDiscountAppliesAfterTheLineDiscount() {
        // 1 − 0.9 × 0.95 = 0.145
        assertEquals(new BigDecimal("14.50"), LineAmounts.effectiveDiscount(new BigDecimal("10"), new BigDecimal("5")));
        assertEquals(new BigDecimal("0.00"), LineAmounts.effectiveDiscount(BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals(new BigDecimal("7.00"), LineAmounts.effectiveDiscount(BigDecimal.ZERO, new BigDecimal("7")));
        assertEquals(new BigDecimal("100.00"), LineAmounts.effectiveDiscount(new BigDecimal("100"), new BigDecimal("3")));
        // 1 − 0.9667 × 0.9667 = 0.06549… → 6.55 %
        assertEquals(new BigDecimal("6.55"), LineAmounts.effectiveDiscount(new BigDecimal("3.33"), new BigDecimal("3.33")));
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }
}

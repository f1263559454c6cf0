package ru.erp.crm.sales.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of a priced line, shared by orders and proposals so that a proposal accepted as
 * an order keeps its amounts to the kopeck. Prices include VAT (1C УТ's default «Цена включает
 * НДС»), so the amount is what the customer pays for the line and the VAT is extracted from it:
 * <pre>
 * amount = round2(price × quantity × (1 − discount / 100))
 * vat    = round2(amount × rate / (100 + rate))          (0 without VAT)
 * </pre>
 * Rounding is half up, to the kopeck, per line; totals are sums of the lines.
 */
public final class LineAmounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LineAmounts() {
    }

    public static BigDecimal amount(BigDecimal price, BigDecimal quantity, BigDecimal discountPercent) {
        BigDecimal share = HUNDRED.subtract(discountPercent).movePointLeft(2);
        return price.multiply(quantity).multiply(share).setScale(OrderLineTerms.MONEY_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal vat(BigDecimal amount, BigDecimal rate) {
        if (rate == null || rate.signum() == 0) {
            return BigDecimal.ZERO.setScale(OrderLineTerms.MONEY_SCALE);
        }
        return amount.multiply(rate).divide(HUNDRED.add(rate), OrderLineTerms.MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * A line discount followed by a discount on the whole: 1 − (1 − line)(1 − header), in percent
     * rounded half up to hundredths, the precision an order line stores a discount in.
     */
    public static BigDecimal effectiveDiscount(BigDecimal linePercent, BigDecimal headerPercent) {
        BigDecimal line = HUNDRED.subtract(linePercent).movePointLeft(2);
        BigDecimal header = HUNDRED.subtract(headerPercent).movePointLeft(2);
        return BigDecimal.ONE.subtract(line.multiply(header)).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}

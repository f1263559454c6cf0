package ru.erp.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an order line and a proposal line have in common: the goods (a catalogue product or a free
 * line), quantity, price (VAT included), the line's own discount, the VAT rate, and the amount and
 * VAT worked out by {@link LineAmounts}. Each line keeps its own identity, parent and extras.
 */
@MappedSuperclass
public abstract class PricedLine {

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id")
    private Long productId;

    private String article;

    @Column(nullable = false)
    private String name;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_name")
    private String unitName;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(nullable = false)
    private BigDecimal price;

    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "vat_rate")
    private BigDecimal vatRate;

    @Column(name = "vat_amount", nullable = false)
    private BigDecimal vatAmount;

    protected PricedLine() {
    }

    protected PricedLine(int lineNo) {
        this.lineNo = lineNo;
    }

    /** Takes the goods, quantity, price, discount and VAT rate of the terms, at the stored scales. */
    protected void takeTerms(OrderLineTerms terms) {
        productId = terms.productId();
        article = terms.article();
        name = terms.name();
        unitCode = terms.unitCode();
        unitName = terms.unitName();
        quantity = terms.quantity().setScale(OrderLineTerms.QUANTITY_SCALE, RoundingMode.UNNECESSARY);
        price = terms.price().setScale(OrderLineTerms.MONEY_SCALE, RoundingMode.UNNECESSARY);
        discountPercent = terms.discountPercent().setScale(2, RoundingMode.UNNECESSARY);
        vatRate = terms.vatRate() == null ? null : terms.vatRate().setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The line's amount, and its VAT extracted from it at the line's rate. */
    protected void amountTo(BigDecimal lineAmount) {
        amount = lineAmount;
        vatAmount = LineAmounts.vat(amount, vatRate);
    }

    /** "3. Name #17 × 2 @ 100.00 −5% = 190.00": how the audit trail and the history show a line. */
    protected String describe(BigDecimal discount) {
        return lineNo + ". " + name + (productId == null ? "" : " #" + productId) + " × "
                + quantity.stripTrailingZeros().toPlainString() + " @ " + price
                + (discount.signum() == 0 ? "" : " −" + discount.stripTrailingZeros().toPlainString() + "%")
                + " = " + amount;
    }

    public int lineNo() {
        return lineNo;
    }

    public Long productId() {
        return productId;
    }

    public String article() {
        return article;
    }

    public String name() {
        return name;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal price() {
        return price;
    }

    public BigDecimal discountPercent() {
        return discountPercent;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public BigDecimal vatAmount() {
        return vatAmount;
    }
}

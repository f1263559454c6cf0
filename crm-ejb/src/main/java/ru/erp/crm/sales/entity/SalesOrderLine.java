package ru.erp.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a {@link SalesOrder}: its amount and VAT follow {@link LineAmounts} (prices include
 * VAT), unless 1C stated the amount; the order's totals are sums of the lines.
 */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine {

    @Id
    @SequenceGenerator(name = "sales_order_line_seq", sequenceName = "sales_order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "product_external_id")
    private String productExternalId;

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

    protected SalesOrderLine() {
    }

    SalesOrderLine(SalesOrder order, int lineNo, OrderLineTerms terms) {
        this.order = order;
        this.lineNo = lineNo;
        revise(terms);
    }

    /** Takes the terms over in place, so line numbers stay unique while lines are rewritten. */
    void revise(OrderLineTerms terms) {
        productId = terms.productId();
        productExternalId = terms.productExternalId();
        article = terms.article();
        name = terms.name();
        unitCode = terms.unitCode();
        unitName = terms.unitName();
        quantity = terms.quantity().setScale(OrderLineTerms.QUANTITY_SCALE, RoundingMode.UNNECESSARY);
        price = terms.price().setScale(OrderLineTerms.MONEY_SCALE, RoundingMode.UNNECESSARY);
        discountPercent = terms.discountPercent().setScale(2, RoundingMode.UNNECESSARY);
        vatRate = terms.vatRate() == null ? null : terms.vatRate().setScale(2, RoundingMode.UNNECESSARY);
        amount = terms.statedAmount() != null
                ? terms.statedAmount().setScale(OrderLineTerms.MONEY_SCALE, RoundingMode.UNNECESSARY)
                : LineAmounts.amount(price, quantity, discountPercent);
        vatAmount = LineAmounts.vat(amount, vatRate);
    }

    /** The line as the audit trail and the history compare it. */
    @Override
    public String toString() {
        return lineNo + ". " + name + (productId == null ? "" : " #" + productId) + " × "
                + quantity.stripTrailingZeros().toPlainString() + " @ " + price
                + (discountPercent.signum() == 0 ? "" : " −" + discountPercent.stripTrailingZeros().toPlainString() + "%")
                + " = " + amount + (vatRate == null ? " без НДС" : " НДС " + vatRate.stripTrailingZeros().toPlainString()
                + "% " + vatAmount);
    }

    public Long id() {
        return id;
    }

    public int lineNo() {
        return lineNo;
    }

    public Long productId() {
        return productId;
    }

    public String productExternalId() {
        return productExternalId;
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

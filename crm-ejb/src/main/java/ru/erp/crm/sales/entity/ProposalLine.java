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
 * One line of a {@link ProposalVersion}: a catalogue product or a free line, priced as an order
 * line is ({@link LineAmounts}, prices include VAT) with the effective discount, the line's own
 * followed by the version's discount on the whole. The effective discount is kept to hundredths
 * of a percent, as an order line stores it, so the order an accepted proposal becomes has the
 * same amounts to the kopeck.
 */
@Entity
@Table(name = "proposal_line")
public class ProposalLine {

    @Id
    @SequenceGenerator(name = "proposal_line_seq", sequenceName = "proposal_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private ProposalVersion version;

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

    @Column(name = "effective_discount", nullable = false)
    private BigDecimal effectiveDiscount;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "vat_rate")
    private BigDecimal vatRate;

    @Column(name = "vat_amount", nullable = false)
    private BigDecimal vatAmount;

    protected ProposalLine() {
    }

    ProposalLine(ProposalVersion version, int lineNo, OrderLineTerms terms, BigDecimal headerDiscount) {
        this.version = version;
        this.lineNo = lineNo;
        revise(terms, headerDiscount);
    }

    /** Takes the terms over in place, so line numbers stay unique while lines are rewritten. */
    void revise(OrderLineTerms terms, BigDecimal headerDiscount) {
        productId = terms.productId();
        article = terms.article();
        name = terms.name();
        unitCode = terms.unitCode();
        unitName = terms.unitName();
        quantity = terms.quantity().setScale(OrderLineTerms.QUANTITY_SCALE, RoundingMode.UNNECESSARY);
        price = terms.price().setScale(OrderLineTerms.MONEY_SCALE, RoundingMode.UNNECESSARY);
        discountPercent = terms.discountPercent().setScale(2, RoundingMode.UNNECESSARY);
        vatRate = terms.vatRate() == null ? null : terms.vatRate().setScale(2, RoundingMode.UNNECESSARY);
        reprice(headerDiscount);
    }

    /** The same line in another version. */
    ProposalLine copyTo(ProposalVersion other) {
        return new ProposalLine(other, lineNo, terms(), other.headerDiscount());
    }

    /** What the line says, as an order line (and a new version) takes it. */
    public OrderLineTerms terms() {
        return OrderLineTerms.priced(productId, null, article, name, unitCode, unitName, quantity, price,
                discountPercent, vatRate);
    }

    void reprice(BigDecimal headerDiscount) {
        effectiveDiscount = LineAmounts.effectiveDiscount(discountPercent, headerDiscount);
        amount = LineAmounts.amount(price, quantity, effectiveDiscount);
        vatAmount = LineAmounts.vat(amount, vatRate);
    }

    /** The line as the audit trail compares it. */
    @Override
    public String toString() {
        return lineNo + ". " + name + (productId == null ? "" : " #" + productId) + " × "
                + quantity.stripTrailingZeros().toPlainString() + " @ " + price
                + (effectiveDiscount.signum() == 0 ? "" : " −" + effectiveDiscount.stripTrailingZeros().toPlainString() + "%")
                + " = " + amount;
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

    public BigDecimal effectiveDiscount() {
        return effectiveDiscount;
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

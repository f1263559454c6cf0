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

/**
 * One line of a {@link ProposalVersion}: a catalogue product or a free line, priced as an order
 * line is ({@link LineAmounts}, prices include VAT) with the effective discount, the line's own
 * followed by the version's discount on the whole. The effective discount is kept to hundredths
 * of a percent, as an order line stores it, so the order an accepted proposal becomes has the
 * same amounts to the kopeck.
 */
@Entity
@Table(name = "proposal_line")
public class ProposalLine extends PricedLine {

    @Id
    @SequenceGenerator(name = "proposal_line_seq", sequenceName = "proposal_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private ProposalVersion version;

    @Column(name = "effective_discount", nullable = false)
    private BigDecimal effectiveDiscount;

    protected ProposalLine() {
    }

    ProposalLine(ProposalVersion version, int lineNo, OrderLineTerms terms, BigDecimal headerDiscount) {
        super(lineNo);
        this.version = version;
        revise(terms, headerDiscount);
    }

    /** Takes the terms over in place, so line numbers stay unique while lines are rewritten. */
    void revise(OrderLineTerms terms, BigDecimal headerDiscount) {
        takeTerms(terms);
        reprice(headerDiscount);
    }

    /** The same line in another version. */
    ProposalLine copyTo(ProposalVersion other) {
        return new ProposalLine(other, lineNo(), terms(), other.headerDiscount());
    }

    /** What the line says, as an order line (and a new version) takes it. */
    public OrderLineTerms terms() {
        return OrderLineTerms.priced(productId(), null, article(), name(), unitCode(), unitName(), quantity(), price(),
                discountPercent(), vatRate());
    }

    void reprice(BigDecimal headerDiscount) {
        effectiveDiscount = LineAmounts.effectiveDiscount(discountPercent(), headerDiscount);
        amountTo(LineAmounts.amount(price(), quantity(), effectiveDiscount));
    }

    /** The line as the audit trail compares it. */
    @Override
    public String toString() {
        return describe(effectiveDiscount);
    }

    public Long id() {
        return id;
    }

    public BigDecimal effectiveDiscount() {
        return effectiveDiscount;
    }
}

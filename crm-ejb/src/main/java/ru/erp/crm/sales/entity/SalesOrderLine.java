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
import java.math.RoundingMode;

/**
 * One line of a {@link SalesOrder}: its amount and VAT follow {@link LineAmounts} (prices include
 * VAT), unless 1C stated the amount; the order's totals are sums of the lines.
 */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine extends PricedLine {

    @Id
    @SequenceGenerator(name = "sales_order_line_seq", sequenceName = "sales_order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    @Column(name = "product_external_id")
    private String productExternalId;

    protected SalesOrderLine() {
    }

    SalesOrderLine(SalesOrder order, int lineNo, OrderLineTerms terms) {
        super(lineNo);
        this.order = order;
        revise(terms);
    }

    /** Takes the terms over in place, so line numbers stay unique while lines are rewritten. */
    void revise(OrderLineTerms terms) {
        takeTerms(terms);
        productExternalId = terms.productExternalId();
        amountTo(terms.statedAmount() != null
                ? terms.statedAmount().setScale(OrderLineTerms.MONEY_SCALE, RoundingMode.UNNECESSARY)
                : LineAmounts.amount(price(), quantity(), discountPercent()));
    }

    /** The line as the audit trail and the history compare it. */
    @Override
    public String toString() {
        return describe(discountPercent()) + (vatRate() == null ? " без НДС"
                : " НДС " + vatRate().stripTrailingZeros().toPlainString() + "% " + vatAmount());
    }

    public Long id() {
        return id;
    }

    public String productExternalId() {
        return productExternalId;
    }
}

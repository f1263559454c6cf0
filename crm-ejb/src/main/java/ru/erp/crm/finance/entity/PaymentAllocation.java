package ru.erp.crm.finance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A share of a payment booked against an invoice; created only by {@link Payment#allocate}. */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation {

    @Id
    @SequenceGenerator(name = "payment_allocation_seq", sequenceName = "payment_allocation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_allocation_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_id")
    private Payment payment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "matched_by", nullable = false)
    private String matchedBy;

    @Column(name = "matched_at", nullable = false)
    private Instant matchedAt;

    protected PaymentAllocation() {
    }

    PaymentAllocation(Payment payment, Invoice invoice, BigDecimal amount, String matchedBy, Instant matchedAt) {
        this.payment = payment;
        this.invoice = invoice;
        this.amount = amount;
        this.matchedBy = matchedBy;
        this.matchedAt = matchedAt;
    }

    public Long id() {
        return id;
    }

    public Payment payment() {
        return payment;
    }

    public Invoice invoice() {
        return invoice;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String matchedBy() {
        return matchedBy;
    }

    public Instant matchedAt() {
        return matchedAt;
    }
}

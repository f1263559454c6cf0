package ru.erp.crm.finance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.problem.RuleViolationException;

/**
 * A bill to a customer: what is owed, by when, and how much of it has come in. Its status follows
 * from the paid amount, so it never disagrees with the money: nothing paid is UNPAID, part of it
 * PARTLY_PAID, all of it PAID. Money is only ever added through {@link #allocate}, which refuses
 * to take more than is still open; a cancelled invoice takes none.
 */
@Entity
@Table(name = "invoice")
public class Invoice implements Payable {

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Column(name = "invoice_number", nullable = false)
    private String number;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate date;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "counterparty_id")
    private Counterparty customer;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "paid_amount", nullable = false)
    private BigDecimal paidAmount;

    @Column(nullable = false)
    private String currency;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Invoice() {
    }

    public Invoice(String number, LocalDate date, Counterparty customer, BigDecimal amount, String currency,
                   LocalDate dueDate, String externalId, Instant now) {
        this.number = requireText(number, "number");
        this.date = Objects.requireNonNull(date, "date");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.amount = Money.positive(amount, "amount");
        this.currency = requireText(currency, "currency");
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        if (dueDate.isBefore(date)) {
            throw new IllegalArgumentException("due " + dueDate + " before the invoice date " + date);
        }
        this.externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        this.paidAmount = BigDecimal.ZERO.setScale(Money.SCALE);
        this.status = InvoiceStatus.UNPAID;
        this.createdAt = now;
    }

    /**
     * Books {@code payment} money against this invoice and moves its status on.
     *
     * @throws RuleViolationException when the invoice is not open or the amount exceeds {@link #openAmount()}
     * @throws IllegalArgumentException when the amount is not positive or has more than two decimals
     */
    public void allocate(BigDecimal payment) {
        if (!status.isOpen()) {
            throw new RuleViolationException("crm.rule.invoice.notOpen", number, status);
        }
        BigDecimal allocated = Money.positive(payment, "allocation");
        if (allocated.compareTo(openAmount()) > 0) {
            throw new RuleViolationException("crm.rule.invoice.overAllocated", number, openAmount(), allocated);
        }
        paidAmount = paidAmount.add(allocated);
        status = paidAmount.compareTo(amount) == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTLY_PAID;
    }

    /**
     * Takes over what the invoice's issuer (1C) says now: number, date, amount and due date,
     * checked as a new invoice's are. The amount never drops below what has been paid, and the
     * status follows the paid amount again; a cancelled invoice is not revised.
     *
     * @return whether anything changed
     */
    public boolean revise(String number, LocalDate date, BigDecimal amount, LocalDate dueDate) {
        String newNumber = requireText(number, "number");
        Objects.requireNonNull(date, "date");
        BigDecimal newAmount = Money.positive(amount, "amount");
        Objects.requireNonNull(dueDate, "dueDate");
        if (dueDate.isBefore(date)) {
            throw new IllegalArgumentException("due " + dueDate + " before the invoice date " + date);
        }
        if (status == InvoiceStatus.CANCELLED) {
            throw new RuleViolationException("crm.rule.invoice.cancelled", this.number);
        }
        if (newAmount.compareTo(paidAmount) < 0) {
            throw new RuleViolationException("crm.rule.invoice.belowPaid", this.number, paidAmount, newAmount);
        }
        boolean changed = !newNumber.equals(this.number) || !date.equals(this.date) || newAmount.compareTo(this.amount) != 0
                || !dueDate.equals(this.dueDate);
        this.number = newNumber;
        this.date = date;
        this.amount = newAmount;
        this.dueDate = dueDate;
        status = paidAmount.signum() == 0 ? InvoiceStatus.UNPAID
                : paidAmount.compareTo(amount) == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTLY_PAID;
        return changed;
    }

    /** Withdraws an unpaid invoice; money once booked has to be dealt with first. */
    public void cancel() {
        if (status != InvoiceStatus.UNPAID) {
            throw new RuleViolationException("crm.rule.invoice.notCancellable", number, status);
        }
        status = InvoiceStatus.CANCELLED;
    }

    /** Open and past its due date: {@code today} itself is still in time. */
    public boolean overdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }

    @Override
    public BigDecimal openAmount() {
        return status.isOpen() ? amount.subtract(paidAmount) : BigDecimal.ZERO.setScale(Money.SCALE);
    }

    @Override
    public boolean isOpen() {
        return status.isOpen();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("date", date);
        fields.put("customerId", customer.id());
        fields.put("amount", amount);
        fields.put("paidAmount", paidAmount);
        fields.put("currency", currency);
        fields.put("dueDate", dueDate);
        fields.put("status", status);
        fields.put("externalId", externalId);
        return fields;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    @Override
    public String number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public Counterparty customer() {
        return customer;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public InvoiceStatus status() {
        return status;
    }

    public Optional<String> externalId() {
        return Optional.ofNullable(externalId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

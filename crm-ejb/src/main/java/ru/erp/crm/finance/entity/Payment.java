package ru.erp.crm.finance.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.problem.RuleViolationException;

/**
 * Money that came into one of our accounts, and the invoices it pays. The unallocated amount only
 * ever shrinks through {@link #allocate}, which never books more than is left, and the status
 * follows from it: nothing allocated is UNMATCHED (FINANCE's queue), part of it PARTLY_MATCHED
 * (e.g. an overpayment), all of it MATCHED. A payment nobody has to match can be IGNORED while
 * nothing of it is allocated.
 */
@Entity
@Table(name = "payment")
public class Payment {

    /** Who matched an allocation when the matcher did it, rather than a user. */
    public static final String AUTO = "AUTO";

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "document_kind")
    private String kind;

    @Column(name = "document_number")
    private String number;

    @Column(name = "payment_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "unallocated_amount", nullable = false)
    private BigDecimal unallocatedAmount;

    @Column(name = "payer_inn")
    private String payerInn;

    @Column(name = "payer_kpp")
    private String payerKpp;

    @Column(name = "payer_name")
    private String payerName;

    @Column(name = "payer_account")
    private String payerAccount;

    @Column(name = "payer_bik")
    private String payerBik;

    @Column(name = "payee_account")
    private String payeeAccount;

    private String purpose;

    /** The customer the payer's INN/KPP resolved to, when the customer base knows them. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counterparty_id")
    private Counterparty payer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(nullable = false)
    private String channel;

    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<PaymentAllocation> allocations = new ArrayList<>();

    @Version
    private long version;

    protected Payment() {
    }

    public Payment(PaymentDocument document, Counterparty payer, String channel, Long messageId, Instant receivedAt) {
        this.key = document.key();
        this.kind = document.kind();
        this.number = document.number();
        this.date = document.date();
        this.amount = document.amount();
        this.unallocatedAmount = document.amount();
        this.payerInn = document.payerInn();
        this.payerKpp = document.payerKpp();
        this.payerName = document.payerName();
        this.payerAccount = document.payerAccount();
        this.payerBik = document.payerBik();
        this.payeeAccount = document.payeeAccount();
        this.purpose = document.purpose();
        this.payer = payer;
        this.channel = channel;
        this.messageId = messageId;
        this.receivedAt = receivedAt;
        this.status = PaymentStatus.UNMATCHED;
    }

    /**
     * Pays {@code share} of this payment into {@code invoice}.
     *
     * @param matchedBy {@link #AUTO} or the login of the user who matched it
     * @throws RuleViolationException when the payment is ignored, the share exceeds what is left
     *                                unallocated, or the invoice cannot take it (not open, less open)
     */
    public PaymentAllocation allocate(Invoice invoice, BigDecimal share, String matchedBy, Instant at) {
        if (status == PaymentStatus.IGNORED) {
            throw new RuleViolationException("crm.rule.payment.ignored", String.valueOf(id));
        }
        BigDecimal allocated = Money.positive(share, "allocation");
        if (allocated.compareTo(unallocatedAmount) > 0) {
            throw new RuleViolationException("crm.rule.payment.overAllocated", String.valueOf(id), unallocatedAmount, allocated);
        }
        invoice.allocate(allocated);
        PaymentAllocation allocation = new PaymentAllocation(this, invoice, allocated, matchedBy, at);
        allocations.add(allocation);
        unallocatedAmount = unallocatedAmount.subtract(allocated);
        status = unallocatedAmount.signum() == 0 ? PaymentStatus.MATCHED : PaymentStatus.PARTLY_MATCHED;
        statusReason = null;
        return allocation;
    }

    /** Takes a payment nobody has to match out of the queue, saying why. */
    public void ignore(String reason) {
        if (status != PaymentStatus.UNMATCHED) {
            throw new RuleViolationException("crm.rule.payment.notUnmatched", String.valueOf(id), status);
        }
        status = PaymentStatus.IGNORED;
        statusReason = reason;
    }

    /** Why the matcher left the payment to FINANCE; cleared once money is allocated. */
    public void leaveUnmatched(String reason) {
        if (status == PaymentStatus.UNMATCHED) {
            statusReason = reason;
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", status);
        fields.put("unallocatedAmount", unallocatedAmount);
        fields.put("statusReason", statusReason);
        fields.put("allocations", allocations.size());
        return fields;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal unallocatedAmount() {
        return unallocatedAmount;
    }

    public String payerInn() {
        return payerInn;
    }

    public String payerKpp() {
        return payerKpp;
    }

    public String payerName() {
        return payerName;
    }

    public String payerAccount() {
        return payerAccount;
    }

    public String payerBik() {
        return payerBik;
    }

    public String payeeAccount() {
        return payeeAccount;
    }

    public String purpose() {
        return purpose;
    }

    public Optional<Counterparty> payer() {
        return Optional.ofNullable(payer);
    }

    public PaymentStatus status() {
        return status;
    }

    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public String channel() {
        return channel;
    }

    public Long messageId() {
        return messageId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<PaymentAllocation> allocations() {
        return Collections.unmodifiableList(allocations);
    }

    public long version() {
        return version;
    }
}

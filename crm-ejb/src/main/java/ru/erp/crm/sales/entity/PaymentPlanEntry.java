package ru.erp.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import ru.erp.crm.platform.database.NumericBoolean;
import ru.erp.crm.platform.problem.RuleViolationException;

/**
 * One payment the customer is expected to make for an order: due date, amount, and what has been
 * paid of it. The money is booked by hand ({@link #recordPaid}): an invoice does not know its
 * order, so payments cannot be traced to a planned date. {@code settled} and {@code remindOn}
 * are kept from the other fields so the lists and the reminder timer read index ranges.
 */
@Entity
@Table(name = "payment_plan_entry")
public class PaymentPlanEntry {

    public static final int DEFAULT_REMINDER_DAYS = 3;
    public static final int MAX_REMINDER_DAYS = 60;
    public static final int COMMENT_LENGTH = 1000;
    static final int MONEY_SCALE = 2;

    @Id
    @SequenceGenerator(name = "payment_plan_entry_seq", sequenceName = "payment_plan_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_plan_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private PaymentPlan plan;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "paid_amount", nullable = false)
    private BigDecimal paidAmount;

    @Convert(converter = NumericBoolean.class)
    @Column(nullable = false)
    private boolean settled;

    @Column(name = "reminder_days_before", nullable = false)
    private int reminderDaysBefore;

    @Column(name = "remind_on", nullable = false)
    private LocalDate remindOn;

    @Convert(converter = NumericBoolean.class)
    @Column(nullable = false)
    private boolean reminded;

    @Column(name = "reminder_activity_id")
    private Long reminderActivityId;

    @Column(name = "entry_comment")
    private String comment;

    @Version
    private long version;

    protected PaymentPlanEntry() {
    }

    PaymentPlanEntry(PaymentPlan plan, PaymentTerms terms) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.paidAmount = BigDecimal.ZERO.setScale(MONEY_SCALE);
        revise(terms);
    }

    /** Takes the terms over; the amount never drops below what has been paid. */
    void revise(PaymentTerms terms) {
        BigDecimal newAmount = money(terms.amount());
        if (newAmount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + newAmount);
        }
        if (terms.reminderDaysBefore() < 0 || terms.reminderDaysBefore() > MAX_REMINDER_DAYS) {
            throw new IllegalArgumentException("reminderDaysBefore out of range: " + terms.reminderDaysBefore());
        }
        this.dueDate = Objects.requireNonNull(terms.dueDate(), "dueDate");
        this.amount = newAmount;
        this.reminderDaysBefore = terms.reminderDaysBefore();
        this.remindOn = dueDate.minusDays(reminderDaysBefore);
        this.comment = terms.comment() == null || terms.comment().isBlank() ? null : terms.comment().strip();
        this.settled = paidAmount.compareTo(amount) >= 0;
    }

    /** Whether these terms change what a paid entry promised: its due date or amount. */
    boolean changesMoney(PaymentTerms terms) {
        return !dueDate.equals(terms.dueDate()) || amount.compareTo(terms.amount()) != 0;
    }

    /**
     * How much of the entry has been paid, in total (a correction may lower it). Refused with 422
     * naming {@code paidAmount} when it is more than the entry's amount.
     */
    public void recordPaid(BigDecimal paid) {
        BigDecimal total = money(paid);
        if (total.signum() < 0) {
            throw new IllegalArgumentException("paid amount must not be negative: " + total);
        }
        if (total.compareTo(amount) > 0) {
            throw RuleViolationException.onField("paidAmount", "crm.rule.paymentPlan.overpaid", total, amount);
        }
        paidAmount = total;
        settled = paidAmount.compareTo(amount) == 0;
    }

    public PlanEntryStatus status(LocalDate today) {
        if (settled) {
            return PlanEntryStatus.PAID;
        }
        if (dueDate.isBefore(today)) {
            return PlanEntryStatus.OVERDUE;
        }
        return paidAmount.signum() > 0 ? PlanEntryStatus.PARTLY_PAID : PlanEntryStatus.PLANNED;
    }

    public boolean isPaidInPart() {
        return paidAmount.signum() > 0;
    }

    public BigDecimal openAmount() {
        return amount.subtract(paidAmount);
    }

    /**
     * Whether the curator should get the reminder task today: not reminded yet, not paid, the
     * reminder day reached and the due date not passed (an overdue entry is on the overdue list).
     */
    public boolean reminderDue(LocalDate today) {
        return !reminded && !settled && !remindOn.isAfter(today) && !dueDate.isBefore(today);
    }

    /** Remembers the reminder task, so the entry is never reminded of twice. */
    public void remindedBy(long activityId) {
        if (reminded) {
            throw new IllegalStateException("entry " + id + " has been reminded of already");
        }
        reminded = true;
        reminderActivityId = activityId;
    }

    @Override
    public String toString() {
        return dueDate + " " + amount + (paidAmount.signum() > 0 ? " paid " + paidAmount : "");
    }

    private static BigDecimal money(BigDecimal value) {
        Objects.requireNonNull(value, "amount");
        try {
            return value.setScale(MONEY_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("more than two decimals: " + value, e);
        }
    }

    public Long id() {
        return id;
    }

    public PaymentPlan plan() {
        return plan;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public boolean settled() {
        return settled;
    }

    public int reminderDaysBefore() {
        return reminderDaysBefore;
    }

    public LocalDate remindOn() {
        return remindOn;
    }

    public boolean reminded() {
        return reminded;
    }

    public Long reminderActivityId() {
        return reminderActivityId;
    }

    public String comment() {
        return comment;
    }

    public long version() {
        return version;
    }
}

package ru.erp.crm.sales.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;

/**
 * When and how much the customer is expected to pay for one order. The plan is written as a whole
 * ({@link #replace}) against its version. Its rules:
 * <ul>
 * <li>once the order is confirmed, the entries add up to the order's total (a draft's total still
 * changes, so its plan may differ until it is confirmed; {@link #requireBalanced} is checked again
 * then). No entries at all is no plan.</li>
 * <li>an entry paid in full keeps its due date and amount and stays; one paid in part stays and
 * keeps at least what was paid; entries with no money on them change freely.</li>
 * <li>a cancelled order's plan no longer changes.</li>
 * </ul>
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan {

    public static final int MAX_ENTRIES = 120;

    @Id
    @Column(name = "order_id")
    private Long orderId;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", insertable = false, updatable = false)
    private SalesOrder order;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    private List<PaymentPlanEntry> entries = new ArrayList<>();

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PaymentPlan() {
    }

    /** An empty plan of a numbered order. */
    public PaymentPlan(SalesOrder order, String by, Instant now) {
        this.order = Objects.requireNonNull(order, "order");
        this.orderId = Objects.requireNonNull(order.id(), "order id");
        touch(by, now);
    }

    /**
     * Replaces the entries: terms with an id revise that entry, those without are new, entries
     * left out are removed. Every rule is checked before anything changes.
     *
     * @throws InvalidRequestException naming {@code entries[i].id} for an id not of this plan or given twice
     * @throws RuleViolationException naming the entry or {@code entries} for a rule of the plan
     */
    public void replace(List<PaymentTerms> terms, String by, Instant now) {
        if (order.status() == OrderStatus.CANCELLED) {
            throw new RuleViolationException("crm.rule.paymentPlan.orderCancelled", order.number());
        }
        Map<Long, PaymentPlanEntry> current = new HashMap<>();
        entries.forEach(entry -> current.put(entry.id(), entry));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            PaymentTerms given = terms.get(i);
            if (given.id() == null) {
                continue;
            }
            PaymentPlanEntry entry = current.get(given.id());
            if (entry == null || !kept.add(given.id())) {
                throw InvalidRequestException.of("entries[" + i + "].id", "crm.validation.paymentPlan.unknownEntry",
                        String.valueOf(given.id()));
            }
            if (entry.settled() && entry.changesMoney(given)) {
                throw RuleViolationException.onField("entries[" + i + "]", "crm.rule.paymentPlan.paidEntryChanged",
                        entry.dueDate(), entry.amount());
            }
            if (given.amount().compareTo(entry.paidAmount()) < 0) {
                throw RuleViolationException.onField("entries[" + i + "].amount", "crm.rule.paymentPlan.belowPaid",
                        entry.paidAmount());
            }
        }
        for (PaymentPlanEntry entry : entries) {
            if (!kept.contains(entry.id()) && entry.isPaidInPart()) {
                throw RuleViolationException.onField("entries", "crm.rule.paymentPlan.paidEntryRemoved",
                        entry.dueDate(), entry.paidAmount());
            }
        }
        requireBalanced(terms.stream().map(PaymentTerms::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                !terms.isEmpty());
        entries.removeIf(entry -> !kept.contains(entry.id()));
        for (PaymentTerms given : terms) {
            if (given.id() == null) {
                entries.add(new PaymentPlanEntry(this, given));
            } else {
                current.get(given.id()).revise(given);
            }
        }
        touch(by, now);
    }

    /** Refuses (422 naming {@code entries}) a plan of a confirmed order that does not add up to its total. */
    public void requireBalanced() {
        requireBalanced(plannedTotal(), !entries.isEmpty());
    }

    /** Books what has been paid of one entry, in total. */
    public PaymentPlanEntry recordPaid(long entryId, BigDecimal paid, String by, Instant now) {
        PaymentPlanEntry entry = entry(entryId);
        entry.recordPaid(paid);
        touch(by, now);
        return entry;
    }

    public PaymentPlanEntry entry(long entryId) {
        return entries.stream().filter(entry -> entry.id() == entryId).findFirst()
                .orElseThrow(() -> InvalidRequestException.of("entryId", "crm.validation.paymentPlan.unknownEntry",
                        String.valueOf(entryId)));
    }

    public BigDecimal plannedTotal() {
        return entries.stream().map(PaymentPlanEntry::amount).reduce(zero(), BigDecimal::add);
    }

    public BigDecimal paidTotal() {
        return entries.stream().map(PaymentPlanEntry::paidAmount).reduce(zero(), BigDecimal::add);
    }

    /** Whether the plan is what a confirmed order needs: no entries, or entries adding up to the total. */
    public boolean balanced() {
        return entries.isEmpty() || plannedTotal().compareTo(order.total()) == 0;
    }

    /** Field values as the audit trail compares them. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("orderId", orderId);
        fields.put("entries", entries.stream().map(PaymentPlanEntry::toString).toList().toString());
        fields.put("plannedTotal", plannedTotal());
        fields.put("paidTotal", paidTotal());
        return fields;
    }

    private void requireBalanced(BigDecimal sum, boolean planned) {
        if (planned && order.status() == OrderStatus.CONFIRMED && sum.compareTo(order.total()) != 0) {
            throw RuleViolationException.onField("entries", "crm.rule.paymentPlan.sumMismatch",
                    sum.setScale(PaymentPlanEntry.MONEY_SCALE), order.total(), order.currency());
        }
    }

    private void touch(String by, Instant now) {
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(PaymentPlanEntry.MONEY_SCALE);
    }

    public Long orderId() {
        return orderId;
    }

    public SalesOrder order() {
        return order;
    }

    public List<PaymentPlanEntry> entries() {
        return List.copyOf(entries);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

package ru.erp.crm.sales.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One version of a {@link Proposal}: a full snapshot of its lines, the discount on the whole,
 * the totals and the head's decision on it. Only the proposal's current version changes, and only
 * while the proposal is editable; earlier versions stay as they were sent.
 */
@Entity
@Table(name = "proposal_version")
public class ProposalVersion {

    public static final int COMMENT_LENGTH = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @SequenceGenerator(name = "proposal_version_seq", sequenceName = "proposal_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "header_discount", nullable = false)
    private BigDecimal headerDiscount;

    @Column(name = "list_total", nullable = false)
    private BigDecimal listTotal;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "vat_total", nullable = false)
    private BigDecimal vatTotal;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private ApprovalDecision decision;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<ProposalLine> lines = new ArrayList<>();

    protected ProposalVersion() {
    }

    ProposalVersion(Proposal proposal, int number, String createdBy, Instant now) {
        this.proposal = proposal;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.headerDiscount = BigDecimal.ZERO.setScale(2);
        sumUp();
    }

    /** The next version: the same lines and discount, no decision yet. */
    ProposalVersion next(String createdBy, Instant now) {
        ProposalVersion next = new ProposalVersion(proposal, number + 1, createdBy, now);
        next.headerDiscount = headerDiscount;
        lines.forEach(line -> next.lines.add(line.copyTo(next)));
        next.sumUp();
        return next;
    }

    /** Replaces the lines (numbered from 1 in the given order) and the discount on the whole. */
    void revise(BigDecimal headerDiscount, List<OrderLineTerms> terms) {
        BigDecimal discount = headerDiscount == null ? BigDecimal.ZERO : headerDiscount;
        if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0 || discount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("discount must be 0 to 100 percent: " + headerDiscount);
        }
        this.headerDiscount = discount.setScale(2, RoundingMode.UNNECESSARY);
        // lines are revised in place and only the surplus removed: EclipseLink writes inserts before
        // deletes, so replacing line 1 by a new line 1 would break the (version, line_no) key
        for (int i = 0; i < terms.size(); i++) {
            if (i < lines.size()) {
                lines.get(i).revise(terms.get(i), this.headerDiscount);
            } else {
                lines.add(new ProposalLine(this, i + 1, terms.get(i), this.headerDiscount));
            }
        }
        while (lines.size() > terms.size()) {
            lines.remove(lines.size() - 1);
        }
        decision = null;
        decisionComment = null;
        decidedBy = null;
        decidedAt = null;
        sumUp();
    }

    void decide(ApprovalDecision decision, String comment, String login, Instant now) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_LENGTH) {
            throw new IllegalArgumentException("comment longer than " + COMMENT_LENGTH + " characters");
        }
        this.decision = decision;
        this.decisionComment = text;
        this.decidedBy = login;
        this.decidedAt = now;
    }

    /** The largest effective discount of a line, what the author's limit is checked against. */
    public BigDecimal maxEffectiveDiscount() {
        return lines.stream().map(ProposalLine::effectiveDiscount).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    /** What the discounts take off the list prices. */
    public BigDecimal discountTotal() {
        return listTotal.subtract(total);
    }

    private void sumUp() {
        listTotal = sum(lines.stream().map(line -> LineAmounts.amount(line.price(), line.quantity(), BigDecimal.ZERO)).toList());
        total = sum(lines.stream().map(ProposalLine::amount).toList());
        vatTotal = sum(lines.stream().map(ProposalLine::vatAmount).toList());
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(OrderLineTerms.MONEY_SCALE), BigDecimal::add);
    }

    public Long id() {
        return id;
    }

    public Proposal proposal() {
        return proposal;
    }

    public int number() {
        return number;
    }

    public BigDecimal headerDiscount() {
        return headerDiscount;
    }

    public BigDecimal listTotal() {
        return listTotal;
    }

    public BigDecimal total() {
        return total;
    }

    public BigDecimal vatTotal() {
        return vatTotal;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<ApprovalDecision> decision() {
        return Optional.ofNullable(decision);
    }

    public String decisionComment() {
        return decisionComment;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public List<ProposalLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}

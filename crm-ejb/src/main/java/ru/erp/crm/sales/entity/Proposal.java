package ru.erp.crm.sales.entity;

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
import java.util.Objects;
import java.util.Optional;
import ru.erp.crm.catalog.entity.PriceType;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.security.entity.UserAccount;

/**
 * A commercial proposal («коммерческое предложение») to a customer: the parties on both sides,
 * the price type its catalogue lines were priced with, the validity and numbered versions of the
 * lines, of which the last is current.
 *
 * <pre>
 * DRAFT ──submit (within the author's limit)──► APPROVED ──send──► SENT ──accept──► ACCEPTED
 *   │  └─submit (over the limit)─► PENDING_APPROVAL ─approve─┘         └──decline──► DECLINED
 *   │                                      └─reject─► REJECTED (reworked in place, back to DRAFT)
 *   └──send (within the limit)──► SENT
 * any open state ──new version──► DRAFT;  open proposals of an opportunity another one won ──► SUPERSEDED
 * </pre>
 *
 * The author's discount limit is checked against the largest effective line discount of the
 * current version; a version over it is sent only once a head approved it, so every discount
 * that leaves the company was within someone's authority. {@code opportunityId} is the opportunity
 * it belongs to, a bare id without a foreign key yet (proposals were built beside opportunities; the
 * key comes with tests that open real opportunities).
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    public static final String NUMBER_PREFIX = "КП-";
    public static final int REASON_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    private Long id;

    @Column(name = "proposal_number", nullable = false, updatable = false)
    private String number;

    @Column(name = "proposal_date", nullable = false)
    private LocalDate date;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "counterparty_id")
    private Counterparty customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_person_id")
    private ContactPerson contactPerson;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signer_id")
    private UserAccount signer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "price_type_id")
    private PriceType priceType;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(name = "current_version_no", nullable = false)
    private int currentVersionNo;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ProposalVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Proposal() {
    }

    /** A draft in its first version, without lines yet. */
    public Proposal(Counterparty customer, UserAccount author, LocalDate date, String createdBy, Instant now) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.author = Objects.requireNonNull(author, "author");
        this.date = Objects.requireNonNull(date, "date");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.status = ProposalStatus.DRAFT;
        this.currentVersionNo = 1;
        versions.add(new ProposalVersion(this, 1, createdBy, now));
    }

    /** Numbered once the id is known: {@code КП-} and the id in six digits. */
    public void assignNumber() {
        if (id == null) {
            throw new IllegalStateException("A proposal is numbered once it has its id");
        }
        if (number == null) {
            number = NUMBER_PREFIX + String.format("%06d", id);
        }
    }

    /**
     * The parties and terms of the header. The contact person works for the customer; a valid-until
     * date before the proposal's date is a field error.
     */
    public void describe(ContactPerson contactPerson, Long opportunityId, UserAccount signer, PriceType priceType,
                         LocalDate validUntil) {
        requireEditable();
        if (contactPerson != null && !Objects.equals(contactPerson.counterparty().id(), customer.id())) {
            throw InvalidRequestException.of("contactPersonId", "crm.validation.proposal.personOfOtherCustomer");
        }
        if (validUntil != null && validUntil.isBefore(date)) {
            throw InvalidRequestException.of("validUntil", "crm.validation.proposal.validUntil");
        }
        this.contactPerson = contactPerson;
        this.opportunityId = opportunityId;
        this.signer = signer;
        this.priceType = priceType;
        this.validUntil = validUntil;
    }

    /**
     * Replaces the current version's lines and discount on the whole. A rejected version is
     * reworked this way and becomes a draft again; the head's decision goes with the old content.
     */
    public void revise(BigDecimal headerDiscount, List<OrderLineTerms> lines) {
        requireEditable();
        current().revise(headerDiscount, lines);
        status = ProposalStatus.DRAFT;
    }

    /** A new current version with the current lines; the earlier one stays as it was. */
    public ProposalVersion newVersion(String login, Instant now) {
        if (status.closed()) {
            throw new RuleViolationException("crm.rule.proposal.status", status);
        }
        ProposalVersion next = current().next(login, now);
        versions.add(next);
        currentVersionNo = next.number();
        status = ProposalStatus.DRAFT;
        return next;
    }

    /** Whether the current version's discounts exceed what the author may give ({@code limit} percent). */
    public boolean needsApproval(BigDecimal limit) {
        return current().maxEffectiveDiscount().compareTo(limit) > 0;
    }

    /** Asks for approval when over the author's limit; within it the proposal is approved at once. */
    public void submit(BigDecimal authorLimit) {
        requireEditable();
        requireLines();
        status = needsApproval(authorLimit) ? ProposalStatus.PENDING_APPROVAL : ProposalStatus.APPROVED;
    }

    public void approve(String comment, String login, Instant now) {
        requireStatus(ProposalStatus.PENDING_APPROVAL);
        current().decide(ApprovalDecision.APPROVED, comment, login, now);
        status = ProposalStatus.APPROVED;
    }

    /** Sends the version back to its author; the comment says why and is required. */
    public void reject(String comment, String login, Instant now) {
        requireStatus(ProposalStatus.PENDING_APPROVAL);
        if (comment == null || comment.isBlank()) {
            throw InvalidRequestException.of("comment", "crm.validation.required");
        }
        current().decide(ApprovalDecision.REJECTED, comment, login, now);
        status = ProposalStatus.REJECTED;
    }

    /**
     * Checks that the current version may leave the company: it has lines, is still valid on
     * {@code today} and is approved or within the author's limit. Nothing changes here, so a mail
     * that cannot be sent leaves the proposal as it was.
     */
    public void requireSendable(BigDecimal authorLimit, LocalDate today) {
        if (status == ProposalStatus.PENDING_APPROVAL) {
            throw new RuleViolationException("crm.rule.proposal.pendingApproval", currentVersionNo);
        }
        if (status.closed()) {
            throw new RuleViolationException("crm.rule.proposal.status", status);
        }
        requireLines();
        boolean approved = current().decision().filter(ApprovalDecision.APPROVED::equals).isPresent();
        if (!approved && needsApproval(authorLimit)) {
            throw new RuleViolationException("crm.rule.proposal.approvalRequired",
                    current().maxEffectiveDiscount(), authorLimit);
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            throw new RuleViolationException("crm.rule.proposal.expired", validUntil);
        }
    }

    public void markSent(BigDecimal authorLimit, LocalDate today, Instant now) {
        requireSendable(authorLimit, today);
        status = ProposalStatus.SENT;
        sentAt = now;
    }

    /** Only a sent proposal is accepted or declined; checked before an order is made of it. */
    public void requireSent() {
        requireStatus(ProposalStatus.SENT);
    }

    /** The customer took it: it became the order {@code orderId}. */
    public void accept(long orderId) {
        requireSent();
        this.orderId = orderId;
        status = ProposalStatus.ACCEPTED;
    }

    public void decline(String reason) {
        requireStatus(ProposalStatus.SENT);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > REASON_LENGTH) {
            throw InvalidRequestException.of("reason", "crm.validation.tooLong", REASON_LENGTH);
        }
        declineReason = text;
        status = ProposalStatus.DECLINED;
    }

    /** Another proposal of the same opportunity was accepted; an open one stops here. */
    public boolean supersede() {
        if (status.closed()) {
            return false;
        }
        status = ProposalStatus.SUPERSEDED;
        return true;
    }

    public ProposalVersion current() {
        return versions.stream().filter(v -> v.number() == currentVersionNo).findFirst()
                .orElseThrow(() -> new IllegalStateException("proposal " + id + " lacks version " + currentVersionNo));
    }

    public Optional<ProposalVersion> version(int no) {
        return versions.stream().filter(v -> v.number() == no).findFirst();
    }

    /** The fields the audit trail compares. */
    public Map<String, Object> snapshot() {
        ProposalVersion current = current();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("date", date);
        fields.put("customerId", customer.id());
        fields.put("contactPersonId", contactPerson == null ? null : contactPerson.id());
        fields.put("opportunityId", opportunityId);
        fields.put("signerId", signer == null ? null : signer.id());
        fields.put("priceTypeId", priceType == null ? null : priceType.id());
        fields.put("validUntil", validUntil);
        fields.put("status", status);
        fields.put("versionNo", currentVersionNo);
        fields.put("headerDiscount", current.headerDiscount());
        fields.put("total", current.total());
        fields.put("vatTotal", current.vatTotal());
        fields.put("lines", current.lines().stream().map(ProposalLine::toString).toList().toString());
        fields.put("decision", current.decision().orElse(null));
        fields.put("decisionComment", current.decisionComment());
        fields.put("orderId", orderId);
        fields.put("declineReason", declineReason);
        return fields;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new RuleViolationException("crm.rule.proposal.notEditable", status);
        }
    }

    private void requireStatus(ProposalStatus expected) {
        if (status != expected) {
            throw new RuleViolationException("crm.rule.proposal.status", status);
        }
    }

    private void requireLines() {
        if (current().lines().isEmpty()) {
            throw new RuleViolationException("crm.rule.proposal.noLines");
        }
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public Counterparty customer() {
        return customer;
    }

    public Optional<ContactPerson> contactPerson() {
        return Optional.ofNullable(contactPerson);
    }

    public Long opportunityId() {
        return opportunityId;
    }

    public UserAccount author() {
        return author;
    }

    public Optional<UserAccount> signer() {
        return Optional.ofNullable(signer);
    }

    public Optional<PriceType> priceType() {
        return Optional.ofNullable(priceType);
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public ProposalStatus status() {
        return status;
    }

    public int currentVersionNo() {
        return currentVersionNo;
    }

    public Optional<Long> orderId() {
        return Optional.ofNullable(orderId);
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ProposalVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public long version() {
        return version;
    }
}

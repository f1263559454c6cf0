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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.entity.UserAccount;

/**
 * A chance to sell to a customer, following a {@link SalesModel}: it stands on one stage at a time
 * and remembers every stay ({@link StageVisit}). Its rules:
 * <ul>
 * <li>forward, it moves to the next open stage; jumping over stages is for heads and admins
 *     ({@code mayJump}), whose say-so replaces the skipped stages' plans;</li>
 * <li>forward, it moves (or wins) only when the current stage's blocking steps are done;</li>
 * <li>backward, it may go to any earlier open stage, with a reason, whatever is undone (the plan
 *     of the stage it returns to is generated again);</li>
 * <li>it is won or lost with an active reason of that outcome and stands on the model's final
 *     stage; winning is a forward move to the WON stage, losing is possible from anywhere;</li>
 * <li>a closed opportunity does not move and does not change.</li>
 * </ul>
 * Which steps are undone is the action plan's business (tasks are activities), so the caller
 * passes them in. The weighted amount is the amount times the stage's probability.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    public static final String NUMBER_PREFIX = "OPP-";
    public static final int TITLE_LENGTH = 300;
    public static final int COMMENT_LENGTH = 1000;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    @Id
    @SequenceGenerator(name = "opportunity_seq", sequenceName = "opportunity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_seq")
    private Long id;

    @Column(name = "opportunity_number", nullable = false, unique = true)
    private String number;

    @Column(nullable = false)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "counterparty_id")
    private Counterparty customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_person_id")
    private ContactPerson contactPerson;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_id")
    private SalesModel model;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id")
    private SalesStage stage;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "curator_id")
    private UserAccount curator;

    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Column(name = "expected_close")
    private LocalDate expectedClose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OpportunityState state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "close_reason_id")
    private CloseReason closeReason;

    @Column(name = "close_comment")
    private String closeComment;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "lead_id")
    private Long leadId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "opportunity", cascade = CascadeType.ALL)
    @OrderBy("enteredAt, id")
    private List<StageVisit> visits = new ArrayList<>();

    @Version
    private long version;

    protected Opportunity() {
    }

    /** An open opportunity on the model's first stage. */
    public Opportunity(Counterparty customer, SalesModel model, UserAccount curator, Long leadId, String createdBy,
                       Instant now) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.model = Objects.requireNonNull(model, "model");
        this.curator = Objects.requireNonNull(curator, "curator");
        this.leadId = leadId;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
        this.state = OpportunityState.OPEN;
        this.currency = "RUB";
        enter(model.firstStage(), createdBy, null, now);
    }

    /** A title is required; amount not negative, currency three letters; both bounded. */
    public static List<Violation> termViolations(String title, BigDecimal amount, String currency) {
        List<Violation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(new Violation("title", "crm.validation.required"));
        } else if (title.strip().length() > TITLE_LENGTH) {
            violations.add(new Violation("title", "crm.validation.tooLong", TITLE_LENGTH));
        }
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2
                && amount.stripTrailingZeros().scale() > 2)) {
            violations.add(new Violation("amount", "crm.validation.opportunity.amount"));
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            violations.add(new Violation("currency", "crm.validation.opportunity.currency"));
        }
        return violations;
    }

    /** Title, contact person (one of the customer's), amount, currency (RUB when none) and expected close. */
    public void describe(String title, ContactPerson person, BigDecimal amount, String currency, LocalDate expectedClose,
                         Instant now) {
        requireOpen();
        List<Violation> violations = new ArrayList<>(termViolations(title, amount, currency));
        if (person != null && person.counterparty() != customer) {
            violations.add(new Violation("contactPersonId", "crm.validation.activity.personOfOtherCustomer"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        this.title = title.strip();
        this.contactPerson = person;
        this.amount = amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
        this.currency = currency == null ? "RUB" : currency;
        this.expectedClose = expectedClose;
        this.updatedAt = now;
    }

    public void assignNumber() {
        if (id == null) {
            throw new IllegalStateException("An opportunity is numbered once it has its id");
        }
        if (number == null) {
            number = NUMBER_PREFIX + String.format("%06d", id);
        }
    }

    /**
     * Moves to another open stage of the model by the rules in the class comment.
     *
     * @param mayJump           whether the caller may skip stages forward (heads, admins)
     * @param undoneBlockingSteps the current stage's blocking steps whose tasks are not done
     * @param reason            why, required when moving backward
     */
    public void moveTo(SalesStage target, boolean mayJump, Collection<SalesStep> undoneBlockingSteps, String reason,
                       String by, Instant now) {
        requireOpen();
        if (target.model() != model) {
            throw InvalidRequestException.of("stageId", "crm.validation.opportunity.stageOfOtherModel");
        }
        if (target.isFinal()) {
            throw new RuleViolationException("crm.rule.opportunity.finalStageNeedsReason", target.name());
        }
        if (target == stage) {
            throw new RuleViolationException("crm.rule.opportunity.sameStage", target.name());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (target.position() < stage.position()) {
            if (why == null) {
                throw InvalidRequestException.of("reason", "crm.validation.opportunity.reasonToGoBack");
            }
            if (why.length() > COMMENT_LENGTH) {
                throw InvalidRequestException.of("reason", "crm.validation.tooLong", COMMENT_LENGTH);
            }
        } else {
            requireMayGoForwardTo(target, mayJump, undoneBlockingSteps);
        }
        enter(target, by, target.position() < stage.position() ? why : null, now);
    }

    /** Won, with an active WON reason: a forward move to the model's WON stage. */
    public void win(CloseReason reason, String comment, boolean mayJump, Collection<SalesStep> undoneBlockingSteps,
                    String by, Instant now) {
        requireOpen();
        requireReason(reason, Outcome.WON, comment);
        SalesStage won = model.finalStage(Outcome.WON);
        requireMayGoForwardTo(won, mayJump, undoneBlockingSteps);
        close(won, reason, comment, by, now);
    }

    /** Lost, with an active LOST reason, from whichever stage it stands on. */
    public void lose(CloseReason reason, String comment, String by, Instant now) {
        requireOpen();
        requireReason(reason, Outcome.LOST, comment);
        close(model.finalStage(Outcome.LOST), reason, comment, by, now);
    }

    /** Hands the opportunity to another curator; false when it is already theirs. */
    public boolean reassign(UserAccount newCurator, Instant now) {
        requireOpen();
        if (Objects.equals(curator.id(), newCurator.id())) {
            return false;
        }
        curator = newCurator;
        updatedAt = now;
        return true;
    }

    /** The amount weighted by the stage's probability of winning; null without an amount. */
    public BigDecimal weightedAmount() {
        return amount == null ? null
                : amount.multiply(BigDecimal.valueOf(stage.probability())).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
    }

    public boolean isOpen() {
        return state == OpportunityState.OPEN;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("customerId", customer.id());
        fields.put("contactPersonId", contactPerson == null ? null : contactPerson.id());
        fields.put("stage", stage.name());
        fields.put("curator", curator.login());
        fields.put("amount", amount);
        fields.put("currency", currency);
        fields.put("expectedClose", expectedClose);
        fields.put("state", state);
        fields.put("closeReason", closeReason == null ? null : closeReason.code());
        fields.put("closeComment", closeComment);
        return fields;
    }

    private void requireMayGoForwardTo(SalesStage target, boolean mayJump, Collection<SalesStep> undoneBlockingSteps) {
        if (!undoneBlockingSteps.isEmpty()) {
            throw new RuleViolationException("crm.rule.opportunity.blockingSteps", stage.name(),
                    undoneBlockingSteps.stream().map(SalesStep::title).collect(Collectors.joining("», «", "«", "»")));
        }
        boolean next = target.isFinal() ? model.nextOpenStage(stage).isEmpty()
                : model.nextOpenStage(stage).filter(target::equals).isPresent();
        if (!next && !mayJump) {
            throw new RuleViolationException("crm.rule.opportunity.skipsStages", stage.name(), target.name());
        }
    }

    private static void requireReason(CloseReason reason, Outcome outcome, String comment) {
        if (reason == null || !reason.closes(outcome)) {
            throw InvalidRequestException.of("reasonId", "crm.validation.opportunity.closeReason");
        }
        if (comment != null && comment.strip().length() > COMMENT_LENGTH) {
            throw InvalidRequestException.of("comment", "crm.validation.tooLong", COMMENT_LENGTH);
        }
    }

    private void close(SalesStage finalStage, CloseReason reason, String comment, String by, Instant now) {
        enter(finalStage, by, null, now);
        visits.get(visits.size() - 1).leave(now);
        state = OpportunityState.of(reason.outcome());
        closeReason = reason;
        closeComment = comment == null || comment.isBlank() ? null : comment.strip();
        closedAt = now;
    }

    private void enter(SalesStage target, String by, String reason, Instant now) {
        currentVisit().ifPresent(visit -> visit.leave(now));
        visits.add(new StageVisit(this, target, by, reason, now));
        stage = target;
        updatedAt = now;
    }

    private Optional<StageVisit> currentVisit() {
        return visits.stream().filter(StageVisit::current).findFirst();
    }

    private void requireOpen() {
        if (state != OpportunityState.OPEN) {
            throw new RuleViolationException("crm.rule.opportunity.closed", String.valueOf(number));
        }
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public Counterparty customer() {
        return customer;
    }

    public Optional<ContactPerson> contactPerson() {
        return Optional.ofNullable(contactPerson);
    }

    public SalesModel model() {
        return model;
    }

    public SalesStage stage() {
        return stage;
    }

    public UserAccount curator() {
        return curator;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate expectedClose() {
        return expectedClose;
    }

    public OpportunityState state() {
        return state;
    }

    public Optional<CloseReason> closeReason() {
        return Optional.ofNullable(closeReason);
    }

    public String closeComment() {
        return closeComment;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Long leadId() {
        return leadId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<StageVisit> visits() {
        return Collections.unmodifiableList(visits);
    }

    public long version() {
        return version;
    }
}

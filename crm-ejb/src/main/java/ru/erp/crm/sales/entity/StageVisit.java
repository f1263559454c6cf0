package ru.erp.crm.sales.entity;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** An opportunity's stay on one stage: who moved it there, when, until when, and why if it came back. */
@Entity
@Table(name = "opportunity_stage_visit")
public class StageVisit {

    @Id
    @SequenceGenerator(name = "opportunity_stage_visit_seq", sequenceName = "opportunity_stage_visit_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_stage_visit_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id")
    private SalesStage stage;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    private String reason;

    protected StageVisit() {
    }

    StageVisit(Opportunity opportunity, SalesStage stage, String enteredBy, String reason, Instant now) {
        this.opportunity = opportunity;
        this.stage = stage;
        this.enteredBy = enteredBy;
        this.reason = reason;
        this.enteredAt = now;
    }

    void leave(Instant now) {
        leftAt = now;
    }

    /** How long the opportunity stood (or has stood, until {@code now}) on the stage. */
    public Duration duration(Instant now) {
        return Duration.between(enteredAt, leftAt != null ? leftAt : now);
    }

    public boolean current() {
        return leftAt == null;
    }

    public Long id() {
        return id;
    }

    public SalesStage stage() {
        return stage;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Optional<Instant> leftAt() {
        return Optional.ofNullable(leftAt);
    }

    public String enteredBy() {
        return enteredBy;
    }

    public String reason() {
        return reason;
    }
}

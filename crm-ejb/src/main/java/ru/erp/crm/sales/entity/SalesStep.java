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
import java.util.Optional;
import ru.erp.crm.platform.database.NumericBoolean;
import ru.erp.crm.security.entity.Role;

/**
 * A task that must be done at a stage: entering the stage plans it for its performer, due
 * {@code dueOffsetDays} after that day. A blocking step's task must be done before the
 * opportunity moves on.
 */
@Entity
@Table(name = "sales_step")
public class SalesStep {

    /** The performer that means "the opportunity's curator"; any other performer is a role name. */
    public static final String CURATOR = "CURATOR";
    public static final int TITLE_LENGTH = 300;
    public static final int MAX_OFFSET_DAYS = 365;

    @Id
    @SequenceGenerator(name = "sales_step_seq", sequenceName = "sales_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_step_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id")
    private SalesStage stage;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_offset_days", nullable = false)
    private int dueOffsetDays;

    @Column(nullable = false)
    private String performer;

    @Convert(converter = NumericBoolean.class)
    @Column(nullable = false)
    private Boolean blocking;

    protected SalesStep() {
    }

    SalesStep(SalesStage stage, int position, StepPlan plan) {
        this.stage = stage;
        revise(position, plan);
    }

    /** Whether the performer is one the model accepts: the curator or a role. */
    public static boolean knownPerformer(String performer) {
        if (CURATOR.equals(performer)) {
            return true;
        }
        try {
            Role.valueOf(performer);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    void revise(int position, StepPlan plan) {
        this.position = position;
        this.title = plan.title().strip();
        this.dueOffsetDays = plan.dueOffsetDays() == null ? 0 : plan.dueOffsetDays();
        this.performer = plan.performer() == null ? CURATOR : plan.performer();
        this.blocking = plan.blocking();
    }

    /** The role that does it, or empty when the curator does. */
    public Optional<Role> performerRole() {
        return CURATOR.equals(performer) ? Optional.empty() : Optional.of(Role.valueOf(performer));
    }

    public Long id() {
        return id;
    }

    public SalesStage stage() {
        return stage;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public int dueOffsetDays() {
        return dueOffsetDays;
    }

    public String performer() {
        return performer;
    }

    public boolean blocking() {
        return blocking;
    }
}

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A stage of a sales model: its place in the order, the probability of winning an opportunity
 * that stands on it, and the steps to do there. A final stage (WON, LOST) ends the pipeline and has
 * no steps. A stage keeps its identity through renames and reorders, since opportunities and
 * their history point at it.
 */
@Entity
@Table(name = "sales_stage")
public class SalesStage {

    public static final int NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "sales_stage_seq", sequenceName = "sales_stage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_stage_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_id")
    private SalesModel model;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int probability;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_kind")
    private Outcome finalKind;

    @OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SalesStep> steps = new ArrayList<>();

    protected SalesStage() {
    }

    SalesStage(SalesModel model, int position, StagePlan plan) {
        this.model = model;
        revise(position, plan);
    }

    /** Renames, moves and re-plans the stage; steps with an id are kept, the others are new. */
    void revise(int position, StagePlan plan) {
        this.position = position;
        this.name = plan.name().strip();
        this.probability = plan.probability();
        this.finalKind = plan.finalKind();
        Map<Long, SalesStep> kept = steps.stream().filter(step -> step.id() != null).collect(Collectors.toMap(SalesStep::id, Function.identity()));
        List<SalesStep> revised = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            StepPlan stepPlan = plan.steps().get(i);
            SalesStep step = stepPlan.id() == null ? null : kept.get(stepPlan.id());
            if (step == null) {
                step = new SalesStep(this, i, stepPlan);
            } else {
                step.revise(i, stepPlan);
            }
            revised.add(step);
        }
        steps.retainAll(revised);
        revised.stream().filter(step -> !steps.contains(step)).forEach(steps::add);
        steps.sort((a, b) -> Integer.compare(a.position(), b.position()));
    }

    public boolean isFinal() {
        return finalKind != null;
    }

    public Optional<Outcome> finalKind() {
        return Optional.ofNullable(finalKind);
    }

    public Optional<SalesStep> step(long stepId) {
        return steps.stream().filter(step -> Objects.equals(step.id(), stepId)).findFirst();
    }

    public List<SalesStep> blockingSteps() {
        return steps.stream().filter(SalesStep::blocking).toList();
    }

    public Long id() {
        return id;
    }

    public SalesModel model() {
        return model;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public int probability() {
        return probability;
    }

    public List<SalesStep> steps() {
        return Collections.unmodifiableList(steps);
    }
}

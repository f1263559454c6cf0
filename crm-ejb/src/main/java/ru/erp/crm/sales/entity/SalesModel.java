package ru.erp.crm.sales.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.erp.crm.platform.database.NumericBoolean;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

/**
 * A sales-model template («типовая модель продаж»): open stages in order, then exactly one WON and
 * one LOST final stage. Revising it keeps the identity of the stages and steps it names by id
 * (rename, reprobability, reorder), adds those without one and drops the rest; whether a stage may
 * be dropped (it holds no opportunities) is the boundary's question, asked with
 * {@link #stagesDroppedBy}.
 */
@Entity
@Table(name = "sales_model")
public class SalesModel {

    public static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "sales_model_seq", sequenceName = "sales_model_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_model_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Convert(converter = NumericBoolean.class)
    @Column(nullable = false)
    private Boolean active;

    @OneToMany(mappedBy = "model", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SalesStage> stages = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SalesModel() {
    }

    public SalesModel(String name, boolean active, List<StagePlan> stages, String createdBy, Instant now) {
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        revise(name, active, stages, now);
    }

    /**
     * What is wrong with a template: a name; at least one open stage, then one WON stage at 100 %
     * and one LOST stage at 0 %, nothing open after them; each stage named with a probability from
     * 0 to 100; steps titled, with a known performer and an offset from 0 to a year, on open stages
     * only. Field names as the API names them ({@code stages[1].steps[0].title}).
     */
    public static List<Violation> violations(String name, List<StagePlan> stages) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "crm.validation.required"));
        } else if (name.strip().length() > NAME_LENGTH) {
            violations.add(new Violation("name", "crm.validation.tooLong", NAME_LENGTH));
        }
        if (stages == null || stages.isEmpty()) {
            violations.add(new Violation("stages", "crm.validation.required"));
            return violations;
        }
        boolean finalSeen = false;
        int open = 0;
        Map<Outcome, Integer> finals = new EnumMap<>(Outcome.class);
        for (int i = 0; i < stages.size(); i++) {
            StagePlan stage = stages.get(i);
            String field = "stages[" + i + "]";
            if (stage.name() == null || stage.name().isBlank()) {
                violations.add(new Violation(field + ".name", "crm.validation.required"));
            } else if (stage.name().strip().length() > SalesStage.NAME_LENGTH) {
                violations.add(new Violation(field + ".name", "crm.validation.tooLong", SalesStage.NAME_LENGTH));
            }
            if (stage.probability() == null || stage.probability() < 0 || stage.probability() > 100) {
                violations.add(new Violation(field + ".probability", "crm.validation.salesModel.probability"));
            } else if (stage.finalKind() == Outcome.WON && stage.probability() != 100
                    || stage.finalKind() == Outcome.LOST && stage.probability() != 0) {
                violations.add(new Violation(field + ".probability", "crm.validation.salesModel.finalProbability"));
            }
            if (stage.finalKind() == null) {
                open++;
                if (finalSeen) {
                    violations.add(new Violation(field + ".finalKind", "crm.validation.salesModel.openAfterFinal"));
                }
            } else {
                finalSeen = true;
                finals.merge(stage.finalKind(), 1, Integer::sum);
                if (!stage.steps().isEmpty()) {
                    violations.add(new Violation(field + ".steps", "crm.validation.salesModel.stepsOnFinal"));
                }
            }
            violations.addAll(stepViolations(field, stage.steps()));
        }
        if (open == 0) {
            violations.add(new Violation("stages", "crm.validation.salesModel.noOpenStage"));
        }
        if (finals.getOrDefault(Outcome.WON, 0) != 1 || finals.getOrDefault(Outcome.LOST, 0) != 1) {
            violations.add(new Violation("stages", "crm.validation.salesModel.finalStages"));
        }
        return violations;
    }

    private static List<Violation> stepViolations(String stageField, List<StepPlan> steps) {
        List<Violation> violations = new ArrayList<>();
        for (int j = 0; j < steps.size(); j++) {
            StepPlan step = steps.get(j);
            String field = stageField + ".steps[" + j + "]";
            if (step.title() == null || step.title().isBlank()) {
                violations.add(new Violation(field + ".title", "crm.validation.required"));
            } else if (step.title().strip().length() > SalesStep.TITLE_LENGTH) {
                violations.add(new Violation(field + ".title", "crm.validation.tooLong", SalesStep.TITLE_LENGTH));
            }
            if (step.dueOffsetDays() != null && (step.dueOffsetDays() < 0 || step.dueOffsetDays() > SalesStep.MAX_OFFSET_DAYS)) {
                violations.add(new Violation(field + ".dueOffsetDays", "crm.validation.salesModel.offset",
                        SalesStep.MAX_OFFSET_DAYS));
            }
            if (step.performer() != null && !SalesStep.knownPerformer(step.performer())) {
                violations.add(new Violation(field + ".performer", "crm.validation.salesModel.performer"));
            }
        }
        return violations;
    }

    /** The stages of this model a revision would drop: those it does not name by id. */
    public List<SalesStage> stagesDroppedBy(List<StagePlan> plans) {
        Set<Long> named = plans.stream().map(StagePlan::id).filter(Objects::nonNull).collect(Collectors.toSet());
        return stages.stream().filter(stage -> stage.id() != null && !named.contains(stage.id())).toList();
    }

    /** Renames the model and replaces its stages and steps as {@link StagePlan planned}. */
    public void revise(String name, boolean active, List<StagePlan> plans, Instant now) {
        List<Violation> violations = violations(name, plans);
        Map<Long, SalesStage> kept = stages.stream().filter(stage -> stage.id() != null)
                .collect(Collectors.toMap(SalesStage::id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            Long stageId = plans.get(i).id();
            if (stageId != null && (!kept.containsKey(stageId) || !seen.add(stageId))) {
                violations.add(new Violation("stages[" + i + "].id", "crm.validation.salesModel.unknownStage"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        this.name = name.strip();
        this.active = active;
        List<SalesStage> revised = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            StagePlan plan = plans.get(i);
            SalesStage stage = plan.id() == null ? new SalesStage(this, i, plan) : kept.get(plan.id());
            if (plan.id() != null) {
                stage.revise(i, plan);
            }
            revised.add(stage);
        }
        stages.retainAll(revised);
        revised.stream().filter(stage -> !stages.contains(stage)).forEach(stages::add);
        stages.sort((a, b) -> Integer.compare(a.position(), b.position()));
        this.updatedAt = now;
    }

    public SalesStage firstStage() {
        return stages.get(0);
    }

    /** The open stage after {@code stage}, or empty after the last open one. */
    public Optional<SalesStage> nextOpenStage(SalesStage stage) {
        return stages.stream().filter(s -> !s.isFinal() && s.position() > stage.position()).findFirst();
    }

    public SalesStage finalStage(Outcome outcome) {
        return stages.stream().filter(stage -> stage.finalKind().filter(outcome::equals).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Model " + id + " has no " + outcome + " stage"));
    }

    public Optional<SalesStage> stage(long stageId) {
        return stages.stream().filter(stage -> Objects.equals(stage.id(), stageId)).findFirst();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public List<SalesStage> stages() {
        return Collections.unmodifiableList(stages);
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

    public long version() {
        return version;
    }
}

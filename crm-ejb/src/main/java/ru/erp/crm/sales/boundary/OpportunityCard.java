package ru.erp.crm.sales.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.sales.entity.Opportunity;
import ru.erp.crm.sales.entity.Outcome;
import ru.erp.crm.sales.entity.SalesStage;
import ru.erp.crm.sales.entity.StageVisit;

/**
 * An opportunity's card: the opportunity, its model's stages (the stage bar), its stage history
 * with durations, its action plan, and the current stage's blocking steps still undone (what keeps
 * it from moving on).
 */
public record OpportunityCard(OpportunityView opportunity, List<Stage> stages, List<Visit> history,
                              List<PlanTask> actionPlan, List<String> undoneBlockingSteps) {

    public record Stage(Long id, String name, int probability, Outcome finalKind, boolean current) {
    }

    public record Visit(Long stageId, String stageName, Instant enteredAt, Instant leftAt, Duration duration,
                        String enteredBy, String reason) {
    }

    public record PlanTask(Long activityId, Long stepId, String title, Long ownerId, String owner, Instant dueAt,
                           ActivityStatus status, boolean overdue, Instant doneAt) {
    }

    static OpportunityCard of(Opportunity o, List<Activity> tasks, List<String> undone, Instant now) {
        List<Stage> stages = o.model().stages().stream().map(stage -> stage(stage, o.stage())).toList();
        List<Visit> history = o.visits().stream().map(visit -> visit(visit, now)).toList();
        List<PlanTask> plan = tasks.stream().map(task -> new PlanTask(task.id(), task.salesStepId(), task.subject(),
                task.owner().id(), task.owner().login(), task.dueAt(), task.status(), task.overdue(now),
                task.doneAt())).toList();
        return new OpportunityCard(OpportunityView.of(o), stages, history, plan, undone);
    }

    private static Stage stage(SalesStage stage, SalesStage current) {
        return new Stage(stage.id(), stage.name(), stage.probability(), stage.finalKind().orElse(null),
                stage == current);
    }

    private static Visit visit(StageVisit visit, Instant now) {
        return new Visit(visit.stage().id(), visit.stage().name(), visit.enteredAt(), visit.leftAt().orElse(null),
                visit.duration(now), visit.enteredBy(), visit.reason());
    }
}

package ru.erp.crm.sales.boundary;

import java.time.Instant;
import java.util.List;
import ru.erp.crm.sales.entity.Outcome;
import ru.erp.crm.sales.entity.SalesModel;
import ru.erp.crm.sales.entity.SalesStage;
import ru.erp.crm.sales.entity.SalesStep;

/** A sales-model template with its stages in order and their steps. */
public record SalesModelView(Long id, String name, boolean active, List<Stage> stages, String createdBy,
                             Instant updatedAt, long version) {

    public record Stage(Long id, int position, String name, int probability, Outcome finalKind, List<Step> steps) {
    }

    public record Step(Long id, int position, String title, int dueOffsetDays, String performer, boolean blocking) {
    }

    public static SalesModelView of(SalesModel model) {
        return new SalesModelView(model.id(), model.name(), model.active(),
                model.stages().stream().map(SalesModelView::stage).toList(), model.createdBy(), model.updatedAt(),
                model.version());
    }

    private static Stage stage(SalesStage stage) {
        return new Stage(stage.id(), stage.position(), stage.name(), stage.probability(),
                stage.finalKind().orElse(null), stage.steps().stream().map(SalesModelView::step).toList());
    }

    private static Step step(SalesStep step) {
        return new Step(step.id(), step.position(), step.title(), step.dueOffsetDays(), step.performer(),
                step.blocking());
    }
}

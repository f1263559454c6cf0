package ru.erp.crm.sales.entity;

import java.util.List;

/**
 * A stage of a model as a sales head writes it, in the order of the list: {@code id} of the stage
 * it keeps (renamed, moved), null for a new one; {@code finalKind} null for an open stage.
 */
public record StagePlan(Long id, String name, Integer probability, Outcome finalKind, List<StepPlan> steps) {

    public StagePlan {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}

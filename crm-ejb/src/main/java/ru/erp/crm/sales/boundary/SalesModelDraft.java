package ru.erp.crm.sales.boundary;

import java.util.List;
import ru.erp.crm.sales.entity.StagePlan;

/** A sales-model template as a head writes it; {@code active} true when left out. */
public record SalesModelDraft(String name, Boolean active, List<StagePlan> stages) {

    public SalesModelDraft {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}

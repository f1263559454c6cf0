package ru.erp.crm.sales.rest;

import java.util.List;
import ru.erp.crm.sales.boundary.SalesModelDraft;
import ru.erp.crm.sales.entity.StagePlan;

/**
 * The JSON body of a sales-model template: stages in order (id of a kept stage, none for a new
 * one), each with its steps; {@code version} (or If-Match) on a change.
 */
public record SalesModelRequest(String name, Boolean active, List<StagePlan> stages, Long version) {

    SalesModelDraft toDraft() {
        return new SalesModelDraft(name, active, stages);
    }
}

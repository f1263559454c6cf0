package ru.erp.crm.sales.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.sales.boundary.SalesModelDraft;
import ru.erp.crm.sales.boundary.SalesModelView;
import ru.erp.crm.sales.entity.Outcome;
import ru.erp.crm.sales.entity.SalesStep;
import ru.erp.crm.sales.entity.StagePlan;
import ru.erp.crm.sales.entity.StepPlan;

class SalesModelEditorTest {

    private static final SalesModelView B2B = new SalesModelView(1L, "B2B", true, List.of(
            new SalesModelView.Stage(10L, 0, "Квалификация", 10, null, List.of(
                    new SalesModelView.Step(100L, 0, "Выявить потребность", 2, SalesStep.CURATOR, true))),
            new SalesModelView.Stage(11L, 1, "Договор", 90, null, List.of()),
            new SalesModelView.Stage(12L, 2, "Выиграна", 100, Outcome.WON, List.of())), "head", Instant.EPOCH, 3);

    @Test
    void aRevisionKeepsTheIdsOfRenamedAndMovedStagesAndStepsAndNamesNewOnesByNone() {
        SalesModelEditor editor = new SalesModelEditor();
        editor.fill(B2B);
        SalesModelEditor.StageRow contract = editor.getStages().get(1);
        contract.setName("Договор и оплата");
        editor.move(contract, -1);
        editor.move(editor.getStages().get(0), -1);
        contract.addStep();
        contract.getSteps().get(0).setTitle("Подписать договор");
        editor.addStage();
        editor.getStages().get(3).setName("Проиграна");
        editor.getStages().get(3).setFinalKind(Outcome.LOST);

        assertEquals(new SalesModelDraft("B2B", true, List.of(
                new StagePlan(11L, "Договор и оплата", 90, null, List.of(
                        new StepPlan(null, "Подписать договор", 1, SalesStep.CURATOR, false))),
                new StagePlan(10L, "Квалификация", 10, null, List.of(
                        new StepPlan(100L, "Выявить потребность", 2, SalesStep.CURATOR, true))),
                new StagePlan(12L, "Выиграна", 100, Outcome.WON, List.of()),
                new StagePlan(null, "Проиграна", 0, Outcome.LOST, List.of()))), editor.draft(true));
    }

    @Test
    void removingAStageOrStepLeavesItOutOfTheDraftAndRetiringSendsItInactive() {
        SalesModelEditor editor = new SalesModelEditor();
        editor.fill(B2B);
        SalesModelEditor.StageRow first = editor.getStages().get(0);
        first.removeStep(first.getSteps().get(0));
        editor.removeStage(editor.getStages().get(1));

        assertEquals(List.of(10L, 12L), editor.draft(false).stages().stream().map(StagePlan::id).toList());
        assertEquals(List.of(), editor.draft(false).stages().get(0).steps());
        assertEquals(false, editor.draft(false).active());
    }

    @Test
    void aNewTemplateStartsWithOneOpenStageAndEveryPerformerIsOffered() {
        SalesModelEditor editor = new SalesModelEditor();
        editor.startNew();

        assertEquals(List.of(new StagePlan(null, null, 0, null, List.of())), editor.draft(true).stages());
        assertEquals(SalesStep.CURATOR, editor.getPerformers().get(0));
        assertEquals(8, editor.getPerformers().size());
    }
}

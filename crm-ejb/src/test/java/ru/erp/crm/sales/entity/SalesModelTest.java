package ru.erp.crm.sales.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.entity.Role;

class SalesModelTest {

    @Test
    void stagesAreInOrderWithTheirStepsAndFinalStages() {
        SalesModel model = Templates.model();

        assertEquals(List.of("Квалификация", "Презентация", "Коммерческое предложение", "Выиграна", "Проиграна"),
                model.stages().stream().map(SalesStage::name).toList());
        assertSame(model.stages().get(1), model.nextOpenStage(model.firstStage()).orElseThrow());
        assertTrue(model.nextOpenStage(model.stages().get(2)).isEmpty(), "the final stages are not next");
        assertEquals("Выиграна", model.finalStage(Outcome.WON).name());
        SalesStep budget = model.firstStage().steps().get(1);
        assertEquals(List.of(5, Role.SALES_HEAD, false), List.of(budget.dueOffsetDays(), budget.performerRole().orElseThrow(),
                budget.blocking()));
        assertEquals(List.of("Выявить потребность"),
                model.firstStage().blockingSteps().stream().map(SalesStep::title).toList());
    }

    @Test
    void aTemplateNeedsOpenStagesThenOneWonAndOneLostStage() {
        List<Violation> violations = SalesModel.violations(" ", List.of(
                new StagePlan(null, "Выиграна", 90, Outcome.WON, List.of(new StepPlan(null, "x", 0, null, false))),
                new StagePlan(null, "", 101, null, List.of(new StepPlan(null, " ", -1, "BOSS", true)))));

        assertEquals(List.of("name", "stages[0].probability", "stages[0].steps", "stages[1].name",
                        "stages[1].probability", "stages[1].finalKind", "stages[1].steps[0].title",
                        "stages[1].steps[0].dueOffsetDays", "stages[1].steps[0].performer", "stages"),
                violations.stream().map(Violation::field).toList());
        assertEquals("crm.validation.salesModel.finalStages", violations.get(violations.size() - 1).messageKey());
    }

    @Test
    void aRevisionKeepsTheStagesItNamesAddsNewOnesAndDropsTheRest() {
        SalesModel model = Templates.model();
        List<SalesStage> before = model.stages();
        for (int i = 0; i < before.size(); i++) {
            Templates.withId(before.get(i), 100 + i);
        }
        SalesStage qualification = before.get(0);
        SalesStage presentation = before.get(1);

        List<StagePlan> plans = List.of(
                new StagePlan(101L, "Демонстрация", 20, null, List.of()),
                new StagePlan(100L, "Квалификация", 10, null, List.of()),
                new StagePlan(null, "Переговоры", 60, null, List.of()),
                new StagePlan(103L, "Выиграна", 100, Outcome.WON, List.of()),
                new StagePlan(104L, "Проиграна", 0, Outcome.LOST, List.of()));
        assertEquals(List.of("Коммерческое предложение"),
                model.stagesDroppedBy(plans).stream().map(SalesStage::name).toList());

        model.revise("B2B", true, plans, Templates.NOW);

        assertEquals(List.of("Демонстрация", "Квалификация", "Переговоры", "Выиграна", "Проиграна"),
                model.stages().stream().map(SalesStage::name).toList());
        assertSame(presentation, model.stages().get(0), "renamed and moved, the same stage");
        assertSame(qualification, model.stages().get(1));
        assertEquals(List.of(), qualification.steps(), "its steps were dropped");
    }

    @Test
    void aRevisionNamingAStageOfAnotherModelChangesNothing() {
        SalesModel model = Templates.model();
        List<StagePlan> plans = List.of(new StagePlan(999L, "Чужой", 10, null, List.of()),
                new StagePlan(null, "Выиграна", 100, Outcome.WON, List.of()),
                new StagePlan(null, "Проиграна", 0, Outcome.LOST, List.of()));

        InvalidRequestException invalid = assertThrows(InvalidRequestException.class,
                () -> model.revise("B2B", true, plans, Templates.NOW));

        assertEquals("stages[0].id", invalid.violations().get(0).field());
        assertEquals(5, model.stages().size());
    }
}

package ru.erp.crm.sales.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.finance.ui.CustomerPick;
import ru.erp.crm.sales.boundary.OpportunityCard;
import ru.erp.crm.sales.boundary.OpportunityCard.Stage;
import ru.erp.crm.sales.boundary.OpportunityDraft;
import ru.erp.crm.sales.boundary.OpportunityQuery;
import ru.erp.crm.sales.boundary.OpportunityView;
import ru.erp.crm.sales.boundary.SalesModelView;
import ru.erp.crm.sales.entity.OpportunityState;
import ru.erp.crm.sales.entity.Outcome;

class OpportunityPagesTest {

    @Test
    void thePipelinesFiltersBecomeTheQueryAndWithoutANextStepAsksForOpenOnes() {
        PipelineList list = new PipelineList();
        assertEquals(new OpportunityQuery(null, null, OpportunityState.OPEN, null, false), list.query());

        list.setCuratorId(3L);
        list.setStageId(5L);
        list.setState(OpportunityState.WON);
        list.setCustomer(new CustomerPick(7L, "ООО «Ромашка»"));
        list.setWithoutNextStep(true);
        assertEquals(new OpportunityQuery(3L, 5L, OpportunityState.OPEN, 7L, true), list.query());

        list.clear();
        assertEquals(new OpportunityQuery(null, null, OpportunityState.OPEN, null, false), list.query());
    }

    @Test
    void theNewOpportunityDialogSendsItsFieldsAsADraft() {
        PipelineList.NewOpportunity dialog = new PipelineList().getDraft();
        dialog.setCustomer(new CustomerPick(7L, "ООО «Ромашка»"));
        dialog.setTitle("  Поставка насосов ");
        dialog.setAmount(new BigDecimal("1000.00"));
        dialog.setExpectedClose(LocalDate.of(2026, 12, 20));

        assertEquals(new OpportunityDraft("Поставка насосов", 7L, null, null, null, new BigDecimal("1000.00"), null,
                LocalDate.of(2026, 12, 20), null), dialog.draft());
    }

    @Test
    void stagesAreNamedWithTheirModelOnlyWhenSeveralModelsAreActive() {
        SalesModelView b2b = model(1L, "B2B", true, "Квалификация", "Договор");
        SalesModelView retired = model(2L, "Старая", false, "Звонок");
        assertEquals(List.of("Квалификация", "Договор"),
                PipelineList.stageChoices(List.of(b2b, retired)).stream().map(PipelineList.StageChoice::label).toList());

        SalesModelView retail = model(3L, "Розница", true, "Заказ");
        assertEquals(List.of("B2B: Квалификация", "B2B: Договор", "Розница: Заказ"),
                PipelineList.stageChoices(List.of(b2b, retail)).stream().map(PipelineList.StageChoice::label).toList());
    }

    @Test
    void forwardGoesToTheNextOpenStageAndBackToAnyEarlierOpenOne() {
        OpportunityPage page = new OpportunityPage();
        page.show(card(List.of(stage(1, null, false), stage(2, null, true), stage(3, null, false),
                stage(4, Outcome.WON, false), stage(5, Outcome.LOST, false))));

        assertEquals(3L, page.getNextStage().id());
        assertEquals(List.of(1L), page.getEarlierStages().stream().map(Stage::id).toList());
        assertTrue(page.isOpen());

        page.show(card(List.of(stage(1, null, false), stage(3, null, true), stage(4, Outcome.WON, false))));
        assertEquals(null, page.getNextStage(), "the last open stage is left by winning or losing");
    }

    private static OpportunityCard card(List<Stage> stages) {
        OpportunityView view = new OpportunityView(9L, "OPP-9", "Поставка", 7L, "ООО «Ромашка»", null, null, 1L, "B2B",
                2L, "Презентация", 30, 3L, "manager", "Менеджер", BigDecimal.TEN, "RUB", BigDecimal.ONE, null,
                OpportunityState.OPEN, null, null, null, null, null, "manager", Instant.EPOCH, 4);
        return new OpportunityCard(view, stages, List.of(), List.of(), List.of());
    }

    private static Stage stage(long id, Outcome finalKind, boolean current) {
        return new Stage(id, "Этап " + id, 10, finalKind, current);
    }

    private static SalesModelView model(long id, String name, boolean active, String... stages) {
        List<SalesModelView.Stage> shown = java.util.stream.IntStream.range(0, stages.length)
                .mapToObj(i -> new SalesModelView.Stage(id * 10 + i, i, stages[i], 10, null, List.of())).toList();
        return new SalesModelView(id, name, active, shown, "head", Instant.EPOCH, 0);
    }
}

package ru.erp.crm.sales.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;

class OpportunityTest {

    private static final Instant LATER = Templates.NOW.plus(Duration.ofDays(3));

    private final SalesModel model = Templates.model();
    private final SalesStage qualification = model.stages().get(0);
    private final SalesStage presentation = model.stages().get(1);
    private final SalesStage proposal = model.stages().get(2);
    private final CloseReason price = new CloseReason("PRICE", "Цена", "Price", Outcome.LOST);
    private final CloseReason bestOffer = new CloseReason("BEST_OFFER", "Лучшее предложение", "Best offer", Outcome.WON);
    private final Opportunity opportunity = opened();

    private Opportunity opened() {
        Opportunity opened = new Opportunity(Templates.customer(new CustomerCategory("KEY", "Ключевые", "Key"), null),
                model, Templates.user(1, "manager"), null, "manager", Templates.NOW);
        opened.describe(" Поставка болтов ", null, new BigDecimal("1000000"), null, LocalDate.of(2027, 3, 1),
                Templates.NOW);
        return opened;
    }

    @Test
    void anOpportunityOpensOnTheFirstStageWithItsWeightedAmount() {
        assertEquals(OpportunityState.OPEN, opportunity.state());
        assertSame(qualification, opportunity.stage());
        assertEquals("Поставка болтов", opportunity.title());
        assertEquals("RUB", opportunity.currency());
        assertEquals(new BigDecimal("100000.00"), opportunity.weightedAmount(), "10 % of a million");
        assertEquals(1, opportunity.visits().size());
        assertTrue(opportunity.visits().get(0).current());
    }

    @Test
    void termsAreValidatedWithTheApisFieldNames() {
        List<Violation> violations = Opportunity.termViolations(null, new BigDecimal("-1"), "rub");
        assertEquals(List.of("title", "amount", "currency"), violations.stream().map(Violation::field).toList());
        assertEquals(List.of(), Opportunity.termViolations("x", new BigDecimal("10.50"), "EUR"));
        assertEquals(List.of("amount"), Opportunity.termViolations("x", new BigDecimal("0.001"), null).stream()
                .map(Violation::field).toList());
    }

    @Test
    void forwardOneStageAtATimeWithTheStayRecorded() {
        opportunity.moveTo(presentation, false, List.of(), null, "manager", LATER);

        assertSame(presentation, opportunity.stage());
        assertEquals(new BigDecimal("300000.00"), opportunity.weightedAmount());
        StageVisit first = opportunity.visits().get(0);
        assertEquals(Duration.ofDays(3), first.duration(LATER.plusSeconds(99)), "left: the duration stops");
        assertEquals(Duration.ofHours(1), opportunity.visits().get(1).duration(LATER.plusSeconds(3600)));
    }

    @Test
    void anUndoneBlockingStepKeepsTheOpportunityWhereItIsAndIsNamed() {
        SalesStep blocking = qualification.blockingSteps().get(0);

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> opportunity.moveTo(presentation, true, List.of(blocking), null, "head", LATER));

        assertEquals("crm.rule.opportunity.blockingSteps", refused.messageKey());
        assertEquals(List.of("Квалификация", "«Выявить потребность»"), refused.arguments());
        assertSame(qualification, opportunity.stage());
        assertEquals(1, opportunity.visits().size());
    }

    @Test
    void skippingStagesIsForHeadsAndAdmins() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> opportunity.moveTo(proposal, false, List.of(), null, "manager", LATER));
        assertEquals("crm.rule.opportunity.skipsStages", refused.messageKey());
        assertSame(qualification, opportunity.stage());

        opportunity.moveTo(proposal, true, List.of(), null, "head", LATER);
        assertSame(proposal, opportunity.stage());
    }

    @Test
    void backwardNeedsAReasonButNoStepsDone() {
        opportunity.moveTo(presentation, false, List.of(), null, "manager", LATER);

        assertEquals("reason", assertThrows(InvalidRequestException.class,
                () -> opportunity.moveTo(qualification, false, List.of(), " ", "manager", LATER))
                .violations().get(0).field());
        opportunity.moveTo(qualification, false, List.of(qualification.blockingSteps().get(0)), "клиент сменил ЛПР",
                "manager", LATER);

        assertSame(qualification, opportunity.stage());
        assertEquals("клиент сменил ЛПР", opportunity.visits().get(2).reason());
    }

    @Test
    void finalStagesAreReachedOnlyByWinningOrLosing() {
        assertEquals("crm.rule.opportunity.finalStageNeedsReason", assertThrows(RuleViolationException.class,
                () -> opportunity.moveTo(model.finalStage(Outcome.WON), true, List.of(), null, "head", LATER)).messageKey());
        assertEquals("crm.rule.opportunity.sameStage", assertThrows(RuleViolationException.class,
                () -> opportunity.moveTo(qualification, true, List.of(), null, "head", LATER)).messageKey());
    }

    @Test
    void winningIsAForwardMoveFromTheLastOpenStageWithAWonReason() {
        assertEquals("crm.rule.opportunity.skipsStages", assertThrows(RuleViolationException.class,
                () -> opportunity.win(bestOffer, null, false, List.of(), "manager", LATER)).messageKey());
        assertEquals("reasonId", assertThrows(InvalidRequestException.class,
                () -> opportunity.win(price, null, true, List.of(), "head", LATER)).violations().get(0).field());
        opportunity.moveTo(presentation, false, List.of(), null, "manager", LATER);
        opportunity.moveTo(proposal, false, List.of(), null, "manager", LATER);

        opportunity.win(bestOffer, " подписан договор ", false, List.of(), "manager", LATER);

        assertEquals(OpportunityState.WON, opportunity.state());
        assertEquals("Выиграна", opportunity.stage().name());
        assertEquals(new BigDecimal("1000000.00"), opportunity.weightedAmount());
        assertEquals("подписан договор", opportunity.closeComment());
        assertEquals(LATER, opportunity.closedAt());
        assertFalse(opportunity.visits().get(opportunity.visits().size() - 1).current());
    }

    @Test
    void aLostOpportunityNeitherMovesNorChanges() {
        opportunity.lose(price, null, "manager", LATER);

        assertEquals(OpportunityState.LOST, opportunity.state());
        assertEquals(BigDecimal.ZERO.setScale(2), opportunity.weightedAmount());
        assertSame(price, opportunity.closeReason().orElseThrow());
        assertEquals("crm.rule.opportunity.closed", assertThrows(RuleViolationException.class,
                () -> opportunity.moveTo(presentation, true, List.of(), null, "admin", LATER)).messageKey());
        assertThrows(RuleViolationException.class, () -> opportunity.lose(price, null, "admin", LATER));
        assertThrows(RuleViolationException.class, () -> opportunity.describe("x", null, null, null, null, LATER));
        assertThrows(RuleViolationException.class, () -> opportunity.reassign(Templates.user(2, "manager2"), LATER));
    }

    @Test
    void aRetiredReasonClosesNothing() {
        price.retire();
        assertThrows(InvalidRequestException.class, () -> opportunity.lose(price, null, "manager", LATER));
        assertEquals(OpportunityState.OPEN, opportunity.state());
    }

    @Test
    void reassigningToTheSameCuratorIsNoChange() {
        assertFalse(opportunity.reassign(Templates.user(1, "manager"), LATER));
        assertTrue(opportunity.reassign(Templates.user(2, "manager2"), LATER));
        assertEquals("manager2", opportunity.curator().login());
    }

    @Test
    void withoutAnAmountThereIsNoWeightedAmount() {
        opportunity.describe("x", null, null, "EUR", null, LATER);
        assertNull(opportunity.weightedAmount());
    }
}

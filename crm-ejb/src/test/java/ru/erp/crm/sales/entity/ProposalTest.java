package ru.erp.crm.sales.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final BigDecimal MANAGER_LIMIT = new BigDecimal("10");

    private final Counterparty romashka = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»",
            new CustomerCategory("KEY", "Ключевые", "Key"), NOW);
    private final UserAccount manager = new UserAccount("manager", "Иван Петров", "x", Set.of(Role.SALES_MANAGER), NOW);
    private final Proposal proposal = new Proposal(romashka, manager, TODAY, "manager", NOW);

    @Test
    void linesArePricedWithTheLineDiscountThenTheDiscountOnTheWhole() {
        proposal.revise(new BigDecimal("5"), List.of(line("Болт", "3", "40.00", "10", "20"), line("Доставка", "1", "500.00", null, null)));

        ProposalVersion current = proposal.current();
        ProposalLine bolt = current.lines().get(0);
        assertEquals(new BigDecimal("14.50"), bolt.effectiveDiscount());
        // 120 × 0.855
        assertEquals(new BigDecimal("102.60"), bolt.amount());
        assertEquals(new BigDecimal("17.10"), bolt.vatAmount());
        assertEquals(new BigDecimal("5.00"), current.lines().get(1).effectiveDiscount());
        assertEquals(new BigDecimal("577.60"), current.total());
        assertEquals(new BigDecimal("17.10"), current.vatTotal());
        assertEquals(new BigDecimal("620.00"), current.listTotal());
        assertEquals(new BigDecimal("42.40"), current.discountTotal());
        assertEquals(new BigDecimal("14.50"), current.maxEffectiveDiscount());
    }

    @Test
    void aNewVersionCopiesTheLinesAndLeavesTheOldOneAsItWas() {
        proposal.revise(new BigDecimal("5"), List.of(line("Болт", "3", "40.00", "2", "20")));
        proposal.submit(MANAGER_LIMIT);
        proposal.markSent(MANAGER_LIMIT, TODAY, NOW);

        ProposalVersion second = proposal.newVersion("manager", NOW);
        proposal.revise(BigDecimal.ZERO, List.of(line("Болт", "5", "40.00", null, "20")));

        assertEquals(2, proposal.currentVersionNo());
        assertEquals(ProposalStatus.DRAFT, proposal.status());
        assertEquals(second, proposal.current());
        assertEquals(new BigDecimal("200.00"), second.total());
        ProposalVersion first = proposal.version(1).orElseThrow();
        assertEquals(new BigDecimal("3.0000"), first.lines().get(0).quantity());
        assertEquals(new BigDecimal("111.72"), first.total());
    }

    @Test
    void withinTheLimitSubmittingApprovesAtOnce() {
        proposal.revise(BigDecimal.ZERO, List.of(line("Болт", "1", "100.00", "10", null)));

        proposal.submit(MANAGER_LIMIT);

        assertEquals(ProposalStatus.APPROVED, proposal.status());
        assertTrue(proposal.current().decision().isEmpty(), "nobody had to decide");
    }

    @Test
    void overTheLimitAHeadDecidesAndARejectedVersionIsReworked() {
        proposal.revise(new BigDecimal("5"), List.of(line("Болт", "1", "100.00", "10", null)));
        assertTrue(proposal.needsApproval(MANAGER_LIMIT));
        assertFalse(proposal.needsApproval(new BigDecimal("25")));

        proposal.submit(MANAGER_LIMIT);
        assertEquals(ProposalStatus.PENDING_APPROVAL, proposal.status());
        assertThrows(InvalidRequestException.class, () -> proposal.reject(" ", "head", NOW), "a rejection says why");
        proposal.reject("Слишком много", "head", NOW);

        assertEquals(ProposalStatus.REJECTED, proposal.status());
        assertEquals(ApprovalDecision.REJECTED, proposal.current().decision().orElseThrow());
        assertEquals("Слишком много", proposal.current().decisionComment());
        proposal.revise(BigDecimal.ZERO, List.of(line("Болт", "1", "100.00", "10", null)));
        assertEquals(ProposalStatus.DRAFT, proposal.status());
        assertTrue(proposal.current().decision().isEmpty());
    }

    @Test
    void anOverLimitVersionIsNotSentUnapprovedAndStaysUnchanged() {
        proposal.revise(BigDecimal.ZERO, List.of(line("Болт", "1", "100.00", "15", null)));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> proposal.markSent(MANAGER_LIMIT, TODAY, NOW));

        assertEquals("crm.rule.proposal.approvalRequired", refused.messageKey());
        assertEquals(ProposalStatus.DRAFT, proposal.status());
        proposal.submit(MANAGER_LIMIT);
        assertEquals("crm.rule.proposal.pendingApproval", assertThrows(RuleViolationException.class,
                () -> proposal.markSent(MANAGER_LIMIT, TODAY, NOW)).messageKey());
        proposal.approve("Ок", "head", NOW);
        proposal.markSent(MANAGER_LIMIT, TODAY, NOW);
        assertEquals(ProposalStatus.SENT, proposal.status());
        assertEquals(NOW, proposal.sentAt());
    }

    @Test
    void anExpiredOrEmptyProposalIsNotSent() {
        assertEquals("crm.rule.proposal.noLines", assertThrows(RuleViolationException.class,
                () -> proposal.markSent(MANAGER_LIMIT, TODAY, NOW)).messageKey());
        proposal.describe(null, null, null, null, TODAY);
        proposal.revise(null, List.of(line("Болт", "1", "100.00", null, null)));

        assertEquals("crm.rule.proposal.expired", assertThrows(RuleViolationException.class,
                () -> proposal.markSent(MANAGER_LIMIT, TODAY.plusDays(1), NOW)).messageKey());
        assertThrows(InvalidRequestException.class, () -> proposal.describe(null, null, null, null, TODAY.minusDays(1)));
    }

    @Test
    void onlyASentProposalIsAcceptedOrDeclinedAndThenItIsClosed() {
        proposal.revise(null, List.of(line("Болт", "1", "100.00", null, null)));
        assertThrows(RuleViolationException.class, () -> proposal.accept(7L));
        proposal.markSent(MANAGER_LIMIT, TODAY, NOW);

        proposal.accept(7L);

        assertEquals(ProposalStatus.ACCEPTED, proposal.status());
        assertEquals(7L, proposal.orderId().orElseThrow());
        assertThrows(RuleViolationException.class, () -> proposal.newVersion("manager", NOW));
        assertThrows(RuleViolationException.class, () -> proposal.revise(null, List.of()));
        assertFalse(proposal.supersede());
    }

    @Test
    void aSentProposalIsNotEditedInPlace() {
        proposal.revise(null, List.of(line("Болт", "1", "100.00", null, null)));
        proposal.markSent(MANAGER_LIMIT, TODAY, NOW);

        assertEquals("crm.rule.proposal.notEditable", assertThrows(RuleViolationException.class,
                () -> proposal.revise(null, List.of())).messageKey());
        proposal.decline("Дорого");
        assertEquals("Дорого", proposal.declineReason());
        assertEquals(ProposalStatus.DECLINED, proposal.status());
    }

    private static OrderLineTerms line(String name, String quantity, String price, String discount, String vat) {
        return OrderLineTerms.priced(null, null, null, name, null, "шт", new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), vat == null ? null : new BigDecimal(vat));
    }
}

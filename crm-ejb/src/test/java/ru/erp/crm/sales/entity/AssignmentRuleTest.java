package ru.erp.crm.sales.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.security.entity.UserAccount;

class AssignmentRuleTest {

    private final CustomerCategory dealers = Templates.withId(new CustomerCategory("DEALERS", "Дилеры", "Dealers"), 7);
    private final CustomerCategory retail = Templates.withId(new CustomerCategory("RETAIL", "Розница", "Retail"), 8);
    private final UserAccount anna = Templates.user(11, "anna");
    private final UserAccount boris = Templates.user(12, "boris");
    private final UserAccount vera = Templates.user(13, "vera");

    @Test
    void matchesItsCategoryAndARegionInTheLegalAddressIgnoringCase() {
        AssignmentRule rule = new AssignmentRule(1, dealers, "казань", true, Set.of(anna));

        assertTrue(rule.matches(Templates.customer(dealers, "420111, г. Казань, ул. Баумана, 1")));
        assertFalse(rule.matches(Templates.customer(retail, "г. Казань")));
        assertFalse(rule.matches(Templates.customer(dealers, "г. Москва")));
        assertFalse(rule.matches(Templates.customer(dealers, null)));
        assertTrue(new AssignmentRule(2, null, null, true, Set.of(anna)).matches(Templates.customer(retail, null)));
        assertFalse(new AssignmentRule(3, null, null, false, Set.of(anna)).matches(Templates.customer(retail, null)));
        assertFalse(new AssignmentRule(4, null, null, true, Set.of()).matches(Templates.customer(retail, null)));
    }

    @Test
    void theLeastLoadedMemberWins() {
        AssignmentRule rule = new AssignmentRule(1, null, null, true, Set.of(anna, boris, vera));

        assertEquals("boris", rule.pick(Map.of(11L, 5L, 12L, 1L, 13L, 3L)).orElseThrow().login());
    }

    @Test
    void equalWorkloadsTakeTurnsInIdOrder() {
        AssignmentRule rule = new AssignmentRule(1, null, null, true, Set.of(vera, anna, boris));
        Map<Long, Long> none = Map.of();

        assertEquals("anna", rule.pick(none).orElseThrow().login());
        assertEquals("boris", rule.pick(none).orElseThrow().login());
        assertEquals("vera", rule.pick(none).orElseThrow().login());
        assertEquals("anna", rule.pick(none).orElseThrow().login(), "round again");
        assertEquals("vera", rule.pick(Map.of(11L, 2L, 12L, 2L)).orElseThrow().login(), "the only one with none");
    }
}

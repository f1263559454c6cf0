package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.boundary.LeadDraft;
import ru.erp.crm.sales.entity.LeadDetails;

class LeadValidatorTest {

    @Test
    void aPersonWithAPhoneOrAnEmailIsALead() {
        assertEquals(List.of(), LeadValidator.violationsOf(new LeadDraft(null, null, null, "Анна", "+79161234567", null, null)));
        assertEquals(List.of(), LeadValidator.violationsOf(new LeadDraft("ООО «Ромашка»", "7707083893", "770701001", "Анна",
                null, "anna@romashka.ru", "КП")));
    }

    @Test
    void everyProblemIsReportedAtOnceNamingItsField() {
        List<Violation> violations = LeadValidator.violationsOf(new LeadDraft("x".repeat(301), "123", "1", " ", "12",
                "no-at-sign", "m".repeat(2001)));

        assertEquals(List.of("personName", "companyName", "inn", "kpp", "phone", "email", "message"),
                violations.stream().map(Violation::field).toList());
    }

    @Test
    void aLeadNobodyCanAnswerIsRefused() {
        assertEquals(List.of(new Violation("phone", "crm.validation.lead.unreachable")),
                LeadValidator.violationsOf(new LeadDraft(null, null, null, "Анна", " ", null, null)));
    }

    @Test
    void namesWithLinksLookLikeSpam() {
        assertTrue(LeadValidator.hasLink("Buy http://x"));
        assertTrue(LeadValidator.hasLink("see www.site"));
        assertTrue(LeadValidator.hasLink("cheap-pills.com"));
        assertTrue(LeadValidator.hasLink("скидки.рф"));
        assertFalse(LeadValidator.hasLink("ООО «Ромашка»"));
        assertFalse(LeadValidator.hasLink("Петров П. П."));
        assertEquals("crm.validation.lead.link", LeadValidator.violationsOf(
                new LeadDraft("<a href=x>", null, null, "Анна", "+79161234567", null, null)).get(0).messageKey());
    }

    @Test
    void detailsAreNormalisedAsTheCustomerBaseStoresThem() {
        LeadDetails details = LeadValidator.details(new LeadDraft(" ООО \"Ромашка\" ", " ", null, " Анна ",
                "8 (916) 123-45-67", "Anna@Romashka.RU", ""));

        assertEquals(new LeadDetails("ООО \"Ромашка\"", null, null, "Анна", "+79161234567", "anna@romashka.ru", null), details);
        assertEquals("РОМАШКА", details.companySearchName());
    }
}

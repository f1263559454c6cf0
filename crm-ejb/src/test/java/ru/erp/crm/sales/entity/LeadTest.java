package ru.erp.crm.sales.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;

class LeadTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void aLeadMovesOnlyAlongItsStatusRules() {
        Lead lead = lead();
        lead.moveTo(LeadStatus.IN_PROGRESS, null, NOW);
        assertThrows(RuleViolationException.class, () -> lead.moveTo(LeadStatus.NEW, null, NOW));
        lead.moveTo(LeadStatus.QUALIFIED, null, NOW);
        assertThrows(InvalidRequestException.class, () -> lead.moveTo(LeadStatus.DISQUALIFIED, null, NOW));
        assertThrows(InvalidRequestException.class, () -> lead.moveTo(LeadStatus.DISQUALIFIED, "x".repeat(501), NOW));
        lead.moveTo(LeadStatus.DISQUALIFIED, " дубль ", NOW);
        assertEquals("дубль", lead.disqualificationReason());
        lead.moveTo(LeadStatus.IN_PROGRESS, null, NOW);
        assertNull(lead.disqualificationReason());
    }

    @Test
    void onlyAQualifiedLeadConvertsAndAConvertedOneIsFrozenUntilReversed() {
        Lead lead = lead();
        assertThrows(RuleViolationException.class, () -> lead.convert(1, 2L, 3L, "manager", NOW));
        lead.moveTo(LeadStatus.QUALIFIED, null, NOW);

        lead.convert(1, 2L, 3L, "manager", NOW);

        assertEquals(LeadStatus.CONVERTED, lead.status());
        assertEquals(List.of(1L, 2L, 3L), List.of(lead.customerId(), lead.contactPersonId(), lead.opportunityId()));
        assertThrows(RuleViolationException.class, () -> lead.moveTo(LeadStatus.IN_PROGRESS, null, NOW));
        assertThrows(RuleViolationException.class, () -> lead.describe(details(), NOW));
        assertThrows(RuleViolationException.class, () -> lead.assignTo(null, NOW));
        lead.unconvert(NOW);
        assertEquals(LeadStatus.QUALIFIED, lead.status());
        assertNull(lead.customerId());
        assertNull(lead.convertedBy());
        assertThrows(RuleViolationException.class, () -> lead.unconvert(NOW));
    }

    @Test
    void originValuesAreCutToTheirColumnsAndAPersonIsRequired() {
        Lead lead = lead();
        lead.trackOrigin("u".repeat(150), " ", null, "p".repeat(600), "hash");
        assertEquals(Lead.UTM_LENGTH, lead.utmSource().length());
        assertNull(lead.utmMedium());
        assertEquals(Lead.PAGE_LENGTH, lead.sourcePage().length());
        assertThrows(InvalidRequestException.class, () -> new Lead(LeadSource.MANUAL,
                new LeadDetails("ООО", null, null, " ", "+79161234567", null, null), "manager", NOW));
    }

    @Test
    void importRowErrorsSurviveStorage() {
        List<ImportRowError> errors = List.of(new ImportRowError("ИНН", "crm.validation.inn.format", null),
                new ImportRowError("Tel\tephone", "crm.validation.tooLong", "50"));
        assertEquals(List.of(errors.get(0), new ImportRowError("Tel ephone", "crm.validation.tooLong", "50")),
                ImportRowError.decode(ImportRowError.encode(errors)));
        assertEquals(List.of(), ImportRowError.decode(ImportRowError.encode(List.of())));
        assertEquals(List.of(errors.get(0)), ImportRowError.decode(ImportRowError.encode(errors).substring(0, 40)));
    }

    private static Lead lead() {
        return new Lead(LeadSource.MANUAL, details(), "manager", NOW);
    }

    private static LeadDetails details() {
        return new LeadDetails("ООО «Ромашка»", null, null, "Анна", "+79161234567", null, null);
    }
}

package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final CustomerCategory key = new CustomerCategory("KEY", "Ключевые клиенты", "Key accounts");

    @Test
    void theRequisitesKeyIsInnAndKppOfALiveRecord() {
        Counterparty company = new Counterparty(CounterpartyKind.ORGANIZATION, " ООО «Ромашка» ", key, NOW);
        company.changeRequisites("7707083893", "773601001", null);
        assertEquals("7707083893/773601001", Counterparty.requisitesKey(company.inn(), company.kpp()));
        assertEquals("ООО «Ромашка»", company.name());
        assertEquals("РОМАШКА", company.searchName());
        assertEquals("500100732259/", Counterparty.requisitesKey("500100732259", null));
        assertNull(Counterparty.requisitesKey(null, "773601001"));
    }

    @Test
    void blankRequisitesAreStoredAsAbsent() {
        Counterparty person = new Counterparty(CounterpartyKind.PERSON, "Иванов Иван", key, NOW);
        person.changeRequisites(" ", "", null);
        assertNull(person.inn());
        assertNull(person.kpp());
    }

    @Test
    void absorbingMovesContactsAccountsAndExternalIdsAndReleasesTheRequisites() {
        Counterparty survivor = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Вектор»", key, NOW);
        Counterparty loser = new Counterparty(CounterpartyKind.ORGANIZATION, "Вектор ООО", key, NOW);
        loser.changeRequisites("7736207543", "773601001", null);
        loser.identifyAs(ExternalSystem.ONE_C, "guid-1");
        loser.playRoles(EnumSet.of(CustomerRole.SUPPLIER));
        loser.replaceOwnContactPoints(List.of(new ContactDetails(ContactKind.PHONE, ContactPurpose.WORK, "8 495 123-45-67", null, null)));
        loser.replaceBankAccounts(List.of(new BankAccountDetails("044525225", "40702810938000000001", "Сбербанк")));
        ContactPerson person = loser.addContactPerson("Петров Пётр", "Директор", null);
        person.replaceContactPoints(List.of(new ContactDetails(ContactKind.EMAIL, null, "Petrov@Vector.ru", null, null)));

        survivor.absorb(loser, NOW);

        assertEquals(1, survivor.externalIds().size());
        assertSame(survivor, survivor.externalIds().get(0).counterparty());
        assertEquals(2, survivor.contactPoints().size(), "the company's phone and the person's e-mail");
        assertEquals(1, survivor.contactPersons().size());
        assertEquals(1, survivor.bankAccounts().size());
        assertTrue(survivor.roles().contains(CustomerRole.SUPPLIER));
        assertTrue(loser.contactPoints().isEmpty() && loser.externalIds().isEmpty() && loser.contactPersons().isEmpty());
        assertTrue(loser.isMerged());
        assertEquals("773601001", loser.kpp(), "the merged record keeps its requisites for history");
        assertEquals(null, loser.snapshot().get("mergedInto"), "the survivor has no id before it is persisted");
    }

    @Test
    void aRecordCannotAbsorbItself() {
        Counterparty company = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Сам»", key, NOW);
        assertThrows(IllegalArgumentException.class, () -> company.absorb(company, NOW));
    }

    @Test
    void anExternalIdIsKeptOnce() {
        Counterparty company = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Один»", key, NOW);
        company.identifyAs(ExternalSystem.ONE_C, "guid-1");
        company.identifyAs(ExternalSystem.ONE_C, "guid-1");
        assertEquals(1, company.externalIds().size());
    }

    @Test
    void contactPointsAreStoredNormalised() {
        Counterparty company = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Связь»", key, NOW);
        company.replaceOwnContactPoints(List.of(
                new ContactDetails(ContactKind.PHONE, ContactPurpose.BILLING, "8 (495) 123-45-67", null, null),
                new ContactDetails(ContactKind.EMAIL, null, " Info@Example.RU ", null, null)));
        assertEquals("+74951234567", company.contactPoints().get(0).normalized());
        assertEquals(ContactPurpose.BILLING, company.contactPoints().get(0).purpose());
        assertEquals("info@example.ru", company.contactPoints().get(1).normalized());
        assertEquals(ContactPurpose.WORK, company.contactPoints().get(1).purpose(), "work is the default purpose");
    }
}

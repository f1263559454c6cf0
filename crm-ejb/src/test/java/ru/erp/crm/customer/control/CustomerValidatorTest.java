package ru.erp.crm.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.boundary.CustomerDraft;
import ru.erp.crm.customer.entity.BankAccountDetails;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPurpose;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

class CustomerValidatorTest {

    private static CustomerDraft organization(String inn, String kpp, String ogrn) {
        return new CustomerDraft("ORGANIZATION", "ПАО Сбербанк", null, inn, kpp, ogrn, "KEY", Set.of("CLIENT"), null,
                null, null, null, Set.of(), List.of(), List.of());
    }

    @Test
    void aRealOrganisationIsValid() {
        assertTrue(CustomerValidator.violationsOf(organization("7707083893", "773601001", "1027700132195")).isEmpty());
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        CustomerDraft draft = new CustomerDraft("SHIP", " ", null, "7707083894", "77360100", "1027700132196", null,
                Set.of("BUYER"), null, null, null, null, Set.of(),
                List.of(new BankAccountDetails("044525225", "40702810000000000001", null)),
                List.of(new ContactDetails(ContactKind.EMAIL, ContactPurpose.WORK, "not-an-email", null, null)));
        List<String> fields = CustomerValidator.violationsOf(draft).stream().map(Violation::field).toList();
        assertEquals(List.of("kind", "name", "category", "inn", "kpp", "ogrn", "roles", "bankAccounts[0].account",
                "contacts[0].value"), fields);
    }

    @Test
    void requisitesMustFitTheKindOfParty() {
        CustomerDraft personWithCompanyInn = new CustomerDraft("PERSON", "Иванов Иван", null, "7707083893", "773601001",
                "1027700132195", "KEY", Set.of(), null, null, null, null, Set.of(), List.of(), List.of());
        List<String> keys = CustomerValidator.violationsOf(personWithCompanyInn).stream().map(Violation::messageKey).toList();
        assertEquals(List.of("crm.validation.inn.person", "crm.validation.kpp.person", "crm.validation.ogrn.person"), keys);
        List<String> company = CustomerValidator.violationsOf(organization("500100732259", null, null)).stream()
                .map(Violation::messageKey).toList();
        assertEquals(List.of("crm.validation.inn.organization"), company);
    }

    @Test
    void aContactsValidityMustNotEndBeforeItStarts() {
        List<Violation> violations = new java.util.ArrayList<>();
        CustomerValidator.contacts("contacts", List.of(new ContactDetails(ContactKind.PHONE, ContactPurpose.WORK,
                "+7 495 123-45-67", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1))), violations);
        assertEquals("contacts[0].validTo", violations.get(0).field());
    }

    @Test
    void requireValidThrowsWithTheViolations() {
        InvalidRequestException thrown = assertThrows(InvalidRequestException.class,
                () -> CustomerValidator.requireValid(organization("123", null, null)));
        assertEquals("inn", thrown.violations().get(0).field());
    }
}

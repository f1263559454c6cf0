package ru.erp.crm.customer.rest;

import java.util.List;
import java.util.Set;
import ru.erp.crm.customer.boundary.CustomerDraft;
import ru.erp.crm.customer.entity.BankAccountDetails;
import ru.erp.crm.customer.entity.ContactDetails;

/** The JSON body of creating or replacing a customer; {@code version} is required to replace. */
public record CustomerRequest(String kind, String name, String fullName, String inn, String kpp, String ogrn,
                              String category, Set<String> roles, String curator, String legalAddress,
                              String actualAddress, String notes, Set<String> tags,
                              List<BankAccountDetails> bankAccounts, List<ContactDetails> contacts, Long version) {

    CustomerDraft toDraft() {
        return new CustomerDraft(kind, name, fullName, inn, kpp, ogrn, category, roles, curator, legalAddress,
                actualAddress, notes, tags, bankAccounts, contacts);
    }
}

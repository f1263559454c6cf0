package ru.erp.crm.customer.boundary;

import java.util.List;
import java.util.Set;
import ru.erp.crm.customer.entity.BankAccountDetails;
import ru.erp.crm.customer.entity.ContactDetails;

/**
 * A counterparty as a user or an exchange describes it, before validation. {@code category} is
 * a category code, {@code roles} role codes, {@code curator} a login (null: the creating user
 * when a sales manager, nobody otherwise).
 */
public record CustomerDraft(String kind, String name, String fullName, String inn, String kpp, String ogrn,
                            String category, Set<String> roles, String curator, String legalAddress,
                            String actualAddress, String notes, Set<String> tags,
                            List<BankAccountDetails> bankAccounts, List<ContactDetails> contacts) {

    public CustomerDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}

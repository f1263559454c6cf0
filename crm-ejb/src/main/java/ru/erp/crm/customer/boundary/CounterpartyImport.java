package ru.erp.crm.customer.boundary;

import java.util.List;
import ru.erp.crm.customer.entity.ContactDetails;

/**
 * A counterparty as an exchange partner (1C) sends it. {@code externalId} is the partner's
 * GUID; {@code position} says where in the message it stood (line, element path), for errors.
 */
public record CounterpartyImport(String externalId, String name, String fullName, String inn, String kpp,
                                 String ogrn, boolean person, String legalAddress, String actualAddress,
                                 List<ContactDetails> contacts, String position) {

    public CounterpartyImport {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}

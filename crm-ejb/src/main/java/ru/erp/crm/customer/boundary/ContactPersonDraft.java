package ru.erp.crm.customer.boundary;

import java.time.LocalDate;
import java.util.List;
import ru.erp.crm.customer.entity.ContactDetails;

/** A contact person as entered: name, position, birthday and contact points. */
public record ContactPersonDraft(String fullName, String position, LocalDate birthday, List<ContactDetails> contacts) {

    public ContactPersonDraft {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}

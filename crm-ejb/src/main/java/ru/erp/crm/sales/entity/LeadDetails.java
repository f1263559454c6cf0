package ru.erp.crm.sales.entity;

import java.util.Optional;
import ru.erp.crm.customer.entity.EmailAddress;
import ru.erp.crm.customer.entity.PhoneNumber;
import ru.erp.crm.customer.entity.SearchName;

/**
 * Who a lead is, normalised as the customer base stores the same things: phone in E.164, e-mail
 * lower-cased, blanks as null, so that duplicate lookups compare like with like. Build it from
 * validated input: a phone or e-mail that cannot be normalised is dropped here.
 */
public record LeadDetails(String companyName, String inn, String kpp, String personName, String phone,
                          String email, String message) {

    public LeadDetails {
        companyName = blankToNull(companyName);
        inn = blankToNull(inn);
        kpp = blankToNull(kpp);
        personName = blankToNull(personName);
        phone = PhoneNumber.normalize(phone).orElse(null);
        email = EmailAddress.normalize(email).orElse(null);
        message = blankToNull(message);
    }

    /** The company name as the customer base searches names, null without a company. */
    public String companySearchName() {
        return Optional.ofNullable(companyName).map(SearchName::of).filter(name -> !name.isBlank()).orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

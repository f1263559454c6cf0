package ru.erp.crm.customer.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ru.erp.crm.customer.boundary.CustomerDraft;
import ru.erp.crm.customer.entity.BankAccountDetails;
import ru.erp.crm.customer.entity.BankAccountNumber;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPoint;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerRole;
import ru.erp.crm.customer.entity.Inn;
import ru.erp.crm.customer.entity.Kpp;
import ru.erp.crm.customer.entity.Ogrn;
import ru.erp.crm.customer.entity.RequisiteViolation;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

/**
 * Checks a {@link CustomerDraft} field by field and reports every problem at once, each naming
 * the field as the client sent it.
 */
public final class CustomerValidator {

    private static final int MAX_NAME = 500;

    private CustomerValidator() {
    }

    public static void requireValid(CustomerDraft draft) {
        List<Violation> violations = violationsOf(draft);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    public static List<Violation> violationsOf(CustomerDraft draft) {
        List<Violation> violations = new ArrayList<>();
        Optional<CounterpartyKind> kind = kind(draft.kind(), violations);
        if (draft.name() == null || draft.name().isBlank()) {
            violations.add(new Violation("name", "crm.validation.required"));
        } else if (draft.name().strip().length() > MAX_NAME) {
            violations.add(new Violation("name", "crm.validation.tooLong", MAX_NAME));
        }
        if (draft.category() == null || draft.category().isBlank()) {
            violations.add(new Violation("category", "crm.validation.required"));
        }
        Inn.check(draft.inn()).ifPresent(v -> violations.add(of(v)));
        Kpp.check(draft.kpp()).ifPresent(v -> violations.add(of(v)));
        Ogrn.check(draft.ogrn()).ifPresent(v -> violations.add(of(v)));
        kind.ifPresent(k -> checkRequisitesFitKind(k, draft, violations));
        roles(draft.roles(), violations);
        for (int i = 0; i < draft.bankAccounts().size(); i++) {
            BankAccountDetails account = draft.bankAccounts().get(i);
            BankAccountNumber.check("bankAccounts[" + i + "].", account.bik(), account.account())
                    .forEach(v -> violations.add(of(v)));
        }
        contacts("contacts", draft.contacts(), violations);
        return violations;
    }

    /** Contact points are checked the same way for a counterparty and for a contact person. */
    public static void contacts(String field, List<ContactDetails> contacts, List<Violation> violations) {
        for (int i = 0; i < contacts.size(); i++) {
            ContactDetails contact = contacts.get(i);
            String prefix = field + "[" + i + "].";
            if (contact.kind() == null) {
                violations.add(new Violation(prefix + "kind", "crm.validation.required"));
            } else if (ContactPoint.normalize(contact.kind(), contact.value()).isEmpty()) {
                violations.add(new Violation(prefix + "value", contact.kind() == ContactKind.EMAIL
                        ? "crm.validation.email.format" : contact.kind() == ContactKind.PHONE
                        ? "crm.validation.phone.format" : "crm.validation.required"));
            }
            if (contact.validFrom() != null && contact.validTo() != null
                    && contact.validTo().isBefore(contact.validFrom())) {
                violations.add(new Violation(prefix + "validTo", "crm.validation.contact.validity"));
            }
        }
    }

    public static Optional<CounterpartyKind> kind(String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation("kind", "crm.validation.required"));
            return Optional.empty();
        }
        try {
            return Optional.of(CounterpartyKind.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("kind", "crm.validation.kind"));
            return Optional.empty();
        }
    }

    public static Set<CustomerRole> roles(Set<String> codes, List<Violation> violations) {
        Set<CustomerRole> roles = EnumSet.noneOf(CustomerRole.class);
        for (String code : codes) {
            try {
                roles.add(CustomerRole.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                violations.add(new Violation("roles", "crm.validation.role", code));
            }
        }
        return roles;
    }

    /** An organisation has a 10-digit INN, a KPP and a 13-digit OGRN; a person 12 and 15 digits, no KPP. */
    private static void checkRequisitesFitKind(CounterpartyKind kind, CustomerDraft draft, List<Violation> violations) {
        boolean organization = kind == CounterpartyKind.ORGANIZATION;
        if (draft.inn() != null && !draft.inn().isBlank() && Inn.check(draft.inn()).isEmpty()
                && Inn.isLegalEntity(draft.inn().strip()) != organization) {
            violations.add(new Violation("inn", organization ? "crm.validation.inn.organization" : "crm.validation.inn.person"));
        }
        if (!organization && draft.kpp() != null && !draft.kpp().isBlank()) {
            violations.add(new Violation("kpp", "crm.validation.kpp.person"));
        }
        if (draft.ogrn() != null && !draft.ogrn().isBlank() && Ogrn.check(draft.ogrn()).isEmpty()
                && (draft.ogrn().strip().length() == 13) != organization) {
            violations.add(new Violation("ogrn", organization ? "crm.validation.ogrn.organization" : "crm.validation.ogrn.person"));
        }
    }

    private static Violation of(RequisiteViolation violation) {
        return new Violation(violation.field(), violation.messageKey());
    }
}

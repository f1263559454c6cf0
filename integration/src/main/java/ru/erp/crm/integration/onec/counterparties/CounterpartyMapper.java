package ru.erp.crm.integration.onec.counterparties;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPoint;
import ru.erp.crm.customer.entity.ContactPurpose;

/**
 * Turns a 1C {@code Контрагент} into the customer boundary's import record. 1C names contact
 * types in free Russian text («Телефон рабочий», «Почта», «Электронная почта»); a contact whose
 * kind or value we cannot recognise is left out rather than failing the counterparty.
 */
public final class CounterpartyMapper {

    private CounterpartyMapper() {
    }

    public static CounterpartyImport toImport(CounterpartyRecord record) {
        List<ContactDetails> contacts = record.contacts().stream()
                .map(CounterpartyMapper::contact)
                .flatMap(Optional::stream)
                .toList();
        return new CounterpartyImport(record.externalId(), displayName(record), record.fullName(), record.inn(),
                record.kpp(), record.ogrn(), record.person(), record.legalAddress(), record.actualAddress(),
                contacts, "line " + record.line() + " " + record.path());
    }

    /**
     * Real 1C-Bitrix order exports carry counterparties with empty names; rather than lose the
     * party, it is named after its 1C Ид so a user can find and complete it.
     */
    static String displayName(CounterpartyRecord record) {
        if (record.name() != null) {
            return record.name();
        }
        if (record.fullName() != null) {
            return record.fullName();
        }
        return record.externalId() == null ? null : "1С " + record.externalId();
    }

    static Optional<ContactDetails> contact(ContactRecord contact) {
        if (contact.kind() == null || contact.value() == null) {
            return Optional.empty();
        }
        String kind = contact.kind().toLowerCase(Locale.ROOT);
        ContactKind mapped;
        if (kind.contains("почт") || kind.contains("mail")) {
            mapped = ContactKind.EMAIL;
        } else if (kind.contains("телефон") || kind.contains("phone") || kind.contains("факс")) {
            mapped = ContactKind.PHONE;
        } else {
            return Optional.empty();
        }
        return ContactPoint.normalize(mapped, contact.value())
                .map(normalized -> new ContactDetails(mapped, ContactPurpose.WORK, contact.value(), null, null));
    }
}

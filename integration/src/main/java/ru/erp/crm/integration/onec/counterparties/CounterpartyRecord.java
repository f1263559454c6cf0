package ru.erp.crm.integration.onec.counterparties;

import java.util.List;
import java.util.Objects;

/**
 * One 1C counterparty ({@code Контрагент}) as read from a CommerceML file.
 *
 * <p>Text values are trimmed and empty elements are reported as null, so callers can tell
 * "1C did not send it" from a real value without re-checking for blanks.
 *
 * @param externalId    {@code Ид}: the 1C identifier (a GUID or, in orders written by 1C-Bitrix sites,
 *                      {@code <userId>#<login>#<name>})
 * @param name          {@code Наименование}
 * @param fullName      {@code ПолноеНаименование} (individuals) or {@code ОфициальноеНаименование} (companies)
 * @param inn           {@code ИНН}, as written by 1C (not validated here)
 * @param kpp           {@code КПП}, as written by 1C (not validated here)
 * @param ogrn          {@code ОГРН}
 * @param person        true for an individual, false for a company or when 1C gave no hint
 * @param legalAddress  {@code ЮридическийАдрес/Представление} or {@code АдресРегистрации/Представление}
 * @param actualAddress {@code Адрес/Представление}
 * @param role          {@code Роль}, e.g. {@code Покупатель} or {@code Продавец}; only documents carry it
 * @param contacts      {@code Контакты}; empty when there are none
 * @param line          line of the {@code Контрагент} start tag, for error messages
 * @param path          location of the element, e.g. {@code /КоммерческаяИнформация/Документ[3]/Контрагенты/Контрагент[1]}
 */
public record CounterpartyRecord(
        String externalId,
        String name,
        String fullName,
        String inn,
        String kpp,
        String ogrn,
        boolean person,
        String legalAddress,
        String actualAddress,
        String role,
        List<ContactRecord> contacts,
        int line,
        String path) {

    public CounterpartyRecord {
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(path, "path");
    }
}

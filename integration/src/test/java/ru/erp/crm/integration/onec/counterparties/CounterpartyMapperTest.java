package ru.erp.crm.integration.onec.counterparties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.customer.entity.ContactKind;

class CounterpartyMapperTest {

    private static CounterpartyRecord record(String name, String fullName, List<ContactRecord> contacts) {
        return new CounterpartyRecord("guid-1", name, fullName, "7707083893", "773601001", "1027700132195", false,
                "г. Москва, ул. Вавилова, 19", null, "Покупатель", contacts, 12, "/КоммерческаяИнформация/Контрагенты/Контрагент[1]");
    }

    @Test
    void requisitesAddressesAndPositionReachTheImport() {
        CounterpartyImport mapped = CounterpartyMapper.toImport(record("ПАО Сбербанк", "Публичное акционерное общество «Сбербанк России»", List.of()));
        assertEquals("guid-1", mapped.externalId());
        assertEquals("ПАО Сбербанк", mapped.name());
        assertEquals("7707083893", mapped.inn());
        assertEquals("773601001", mapped.kpp());
        assertEquals("1027700132195", mapped.ogrn());
        assertEquals("г. Москва, ул. Вавилова, 19", mapped.legalAddress());
        assertEquals("line 12 /КоммерческаяИнформация/Контрагенты/Контрагент[1]", mapped.position());
    }

    @Test
    void oneCContactTypesAreRecognisedAndUnknownOnesLeftOut() {
        CounterpartyImport mapped = CounterpartyMapper.toImport(record("ООО «Связь»", null, List.of(
                new ContactRecord("Телефон рабочий", "+7 (495) 500-55-50"),
                new ContactRecord("Электронная почта", "info@sberbank.ru"),
                new ContactRecord("Почта", "не адрес"),
                new ContactRecord("Skype", "sber.support"))));
        assertEquals(List.of(ContactKind.PHONE, ContactKind.EMAIL),
                mapped.contacts().stream().map(c -> c.kind()).toList());
    }

    @Test
    void aNamelessCounterpartyIsNamedAfterItsFullNameOrItsId() {
        assertEquals("Полное имя", CounterpartyMapper.toImport(record(null, "Полное имя", List.of())).name());
        assertTrue(CounterpartyMapper.toImport(record(null, null, List.of())).name().endsWith("guid-1"));
    }
}

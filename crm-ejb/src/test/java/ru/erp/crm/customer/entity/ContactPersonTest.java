package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactPersonTest {

    private final Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»",
            new CustomerCategory("KEY", "Ключевые клиенты", "Key accounts"), Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void theBirthdaysMonthAndDayAreKeptAsMmddWithTheBirthday() {
        ContactPerson person = customer.addContactPerson("Петрова Анна", null, LocalDate.of(1980, 3, 1));
        assertEquals(301, person.birthdayMmdd());

        person.describe("Петрова Анна", "Директор", LocalDate.of(1984, 12, 31));
        assertEquals(1231, person.birthdayMmdd());

        person.describe("Петрова Анна", "Директор", null);
        assertNull(person.birthdayMmdd());
    }
}

package ru.erp.crm.activity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

class SignificantDateTest {

    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    private final ContactPerson anna = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»",
            new CustomerCategory("KEY", "Ключевые", "Key"), NOW).addContactPerson("Анна", null, null);

    @Test
    void theMonthDayKeyIsMmdd() {
        SignificantDate date = new SignificantDate(anna, " День ангела ", 1, 3, null, NOW);
        assertEquals(301, date.monthDay());
        assertEquals("День ангела", date.name());
    }

    @Test
    void twentyNinthOfFebruaryFallsOnTheTwentyEighthInCommonYears() {
        SignificantDate leapDay = new SignificantDate(anna, "День компании", 29, 2, 2000, NOW);
        assertEquals(LocalDate.of(2027, 2, 28), leapDay.occurrenceIn(2027));
        assertEquals(LocalDate.of(2028, 2, 29), leapDay.occurrenceIn(2028));
    }

    @Test
    void onlyDaysThatExistAreAccepted() {
        assertEquals(List.of("day"), fields("x", 30, 2, null));
        assertEquals(List.of("month"), fields("x", 1, 13, null));
        assertEquals(List.of("year"), fields("x", 29, 2, 2023));
        assertEquals(List.of("name", "month", "day"), fields(" ", null, null, null));
        assertEquals(List.of(), fields("x", 29, 2, 2024));
        assertThrows(InvalidRequestException.class, () -> new SignificantDate(anna, "x", 31, 4, null, NOW));
    }

    private static List<String> fields(String name, Integer day, Integer month, Integer year) {
        return SignificantDate.violations(name, day, month, year).stream().map(Violation::field).toList();
    }
}

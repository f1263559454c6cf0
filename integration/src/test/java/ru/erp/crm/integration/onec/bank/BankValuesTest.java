package ru.erp.crm.integration.onec.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.50|1234.50", "1234,50|1234.50", "1 234,50|1234.50", "1\u00A0234.5|1234.5", "151060|151060",
            " 0.01 |0.01"})
    void amountsAreReadWithPointCommaAndThousandsSpaces(String text, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), BankValues.amount(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-5.00", "12.3.4", "1,234.50", "1.234", "12a", "100.", ".5", "1e3"})
    void anythingElseIsNotAnAmount(String text) {
        assertEquals(Optional.empty(), BankValues.amount(text));
    }

    @ParameterizedTest
    @CsvSource({"01.03.2024,2024-03-01", "29.02.2024,2024-02-29", "' 31.12.2023 ',2023-12-31"})
    void datesAreDayMonthYear(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), BankValues.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"32.03.2024", "29.02.2023", "1.3.2024", "2024-03-01", "01.03.24", "вчера"})
    void impossibleOrOtherwiseWrittenDatesAreNotDates(String text) {
        assertEquals(Optional.empty(), BankValues.date(text));
    }
}

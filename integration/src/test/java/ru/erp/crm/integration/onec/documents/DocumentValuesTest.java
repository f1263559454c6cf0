package ru.erp.crm.integration.onec.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentValuesTest {

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"2007-10-16", "16.10.2007", "2007-10-16 15:44:47", "16.10.2007 15:44:47",
            "2007-10-16T15:44:47", "2007-10-16T15:44:47.123+03:00", "2007-10-16T15:44Z", " 16.10.2007 9:05 "})
    void datesAreReadWithOrWithoutTheirTime(String text) {
        assertEquals(Optional.of(LocalDate.of(2007, 10, 16)), DocumentValues.date(text));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"2021-02-30", "31.02.2021", "2021/02/11", "11.02.21", "вчера", "2021-02-11 18", ""})
    void whatIsNoDateIsEmpty(String text) {
        assertEquals(Optional.empty(), DocumentValues.date(text));
    }

    @ParameterizedTest(name = "«{0}» = {1}")
    @CsvSource(textBlock = """
            18:45:21, 18:45:21
            9:05,     09:05
            '09:05 ', 09:05
            """)
    void timesAreRead(String text, LocalTime expected) {
        assertEquals(Optional.of(expected), DocumentValues.time(text));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"24:00", "18:61", "полдень"})
    void whatIsNoTimeIsEmpty(String text) {
        assertEquals(Optional.empty(), DocumentValues.time(text));
    }

    @ParameterizedTest(name = "«{0}» = {1}")
    @CsvSource(textBlock = """
            true,  true
            TRUE,  true
            Да,    true
            ' да', true
            false, false
            Нет,   false
            НЕТ,   false
            """)
    void flagsAreTrueFalseOrDaNet(String text, boolean expected) {
        assertEquals(Optional.of(expected), DocumentValues.flag(text));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"1", "0", "yes", "истина", ""})
    void anythingElseIsNoFlag(String text) {
        assertEquals(Optional.empty(), DocumentValues.flag(text));
    }
}

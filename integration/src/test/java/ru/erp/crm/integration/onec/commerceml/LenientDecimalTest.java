package ru.erp.crm.integration.onec.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDecimalTest {

    @ParameterizedTest(name = "«{0}» = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1234.50            | 1234.50
            1234,50            | 1234.50
            1 234,50           | 1234.50
            '1\u00A0234,50'    | 1234.50
            '1\u202F234\u00A0567,5' | 1234567.5
            ' 100 '            | 100
            -3                 | -3
            +0,001             | 0.001
            ,5                 | 0.5
            12.                | 12
            """)
    void readsTheWays1cWritesNumbers(String text, BigDecimal expected) {
        assertEquals(Optional.of(expected), LenientDecimal.parse(text));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"", "abc", "1,234.50", "1.234,50", "1e3", "12 руб", "--1", ".", "1,2,3", "0x10"})
    void refusesWhatIsNotPlainlyANumber(String text) {
        assertEquals(Optional.empty(), LenientDecimal.parse(text));
    }
}

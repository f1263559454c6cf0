package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "7707083893", "00000000000000000000"})
    void allDigitsAcceptsAsciiDigitStrings(String value) {
        assertTrue(Digits.allDigits(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            " 7707083893", "7707083893 ", "77070 83893", "770708389O", "-1", "+7", "1.0",
            "\u0661\u0662\u0663", // Arabic-Indic digits: Character.isDigit says yes, we say no
            "\uFF11\uFF12\uFF13"  // full-width digits
    })
    void allDigitsRejectsAnythingElse(String value) {
        assertFalse(Digits.allDigits(value));
    }

    @Test
    void ofReturnsDigitValuesInOrder() {
        assertArrayEquals(new int[] {4, 0, 7, 0, 2, 8, 1, 0, 9}, Digits.of("407028109"));
    }

    @Test
    void ofRejectsNonDigitStrings() {
        assertThrows(IllegalArgumentException.class, () -> Digits.of("12a"));
        assertThrows(IllegalArgumentException.class, () -> Digits.of(""));
        assertThrows(IllegalArgumentException.class, () -> Digits.of(null));
    }

    @Test
    void weightedSumUsesAsManyDigitsAsThereAreWeights() {
        // 1*7 + 2*1 + 3*3 = 18; the trailing 9 has no weight and is ignored
        assertEquals(18, Digits.weightedSum(new int[] {1, 2, 3, 9}, new int[] {7, 1, 3}));
    }

    @Test
    void weightedSumRefusesTooFewDigits() {
        assertThrows(IllegalArgumentException.class,
                () -> Digits.weightedSum(new int[] {1, 2}, new int[] {7, 1, 3}));
    }
}

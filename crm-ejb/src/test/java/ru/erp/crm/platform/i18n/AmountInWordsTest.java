package ru.erp.crm.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountInWordsTest {

    @Test
    void thousandsAreFeminineAndKopecksStayInDigits() {
        assertEquals("Одна тысяча двести рублей 50 копеек", words("1200.50"));
        assertEquals("Две тысячи двадцать два рубля 02 копейки", words("2022.02"));
        assertEquals("Двадцать одна тысяча один рубль 01 копейка", words("21001.01"));
    }

    @Test
    void nounsFollowTheNumberIncludingTheTeens() {
        assertEquals("Один рубль 00 копеек", words("1"));
        assertEquals("Два рубля 00 копеек", words("2"));
        assertEquals("Пять рублей 00 копеек", words("5"));
        assertEquals("Одиннадцать рублей 11 копеек", words("11.11"));
        assertEquals("Сто четырнадцать рублей 14 копеек", words("114.14"));
        assertEquals("Двадцать один рубль 21 копейка", words("21.21"));
        assertEquals("Одиннадцать тысяч рублей 00 копеек", words("11000"));
        assertEquals("Четыре тысячи рублей 03 копейки", words("4000.03"));
    }

    @Test
    void millionsAndBillionsAreMasculine() {
        assertEquals("Один миллион рублей 00 копеек", words("1000000"));
        assertEquals("Два миллиона две тысячи два рубля 00 копеек", words("2002002"));
        assertEquals("Пять миллиардов рублей 00 копеек", words("5000000000"));
        assertEquals("Девятьсот девяносто девять миллиардов девятьсот девяносто девять миллионов "
                + "девятьсот девяносто девять тысяч девятьсот девяносто девять рублей 99 копеек", words("999999999999.99"));
        assertEquals("Один миллиард один миллион одна тысяча сто рублей 00 копеек", words("1001001100"));
    }

    @Test
    void zeroAndRoundingToTheKopeck() {
        assertEquals("Ноль рублей 00 копеек", words("0"));
        assertEquals("Ноль рублей 01 копейка", words("0.005"));
        assertEquals("Десять рублей 00 копеек", words("9.999"));
    }

    @Test
    void negativeAndTooLargeAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> words("-1"));
        assertThrows(IllegalArgumentException.class, () -> words("1000000000000"));
        assertThrows(IllegalArgumentException.class, () -> AmountInWords.roubles(null));
    }

    private static String words(String amount) {
        return AmountInWords.roubles(new BigDecimal(amount));
    }
}

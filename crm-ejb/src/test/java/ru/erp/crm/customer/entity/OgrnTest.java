package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OgrnTest {

    private static final Optional<RequisiteViolation> FORMAT =
            Optional.of(new RequisiteViolation("ogrn", "crm.validation.ogrn.format"));
    private static final Optional<RequisiteViolation> CHECKSUM =
            Optional.of(new RequisiteViolation("ogrn", "crm.validation.ogrn.checksum"));

    @ParameterizedTest
    @ValueSource(strings = {
            "1027700132195", // ПАО Сбербанк: 102770013219 mod 11 = 5 -> 5
            "1027700229193", // ООО «Яндекс»: 102770022919 mod 11 = 3 -> 3
            "1027739609391", // Банк ВТБ (ПАО): 102773960939 mod 11 = 1 -> 1
    })
    void acceptsRealOgrns(String ogrn) {
        assertEquals(Optional.empty(), Ogrn.check(ogrn));
    }

    @Test
    void acceptsOgrnip() {
        // 30450011600015 mod 13 = 7 -> 7
        assertEquals(Optional.empty(), Ogrn.check("304500116000157"));
    }

    @Test
    void takesLowestDigitOfOgrnRemainder() {
        // 102770013224 mod 11 = 10, so the control digit is 0
        assertEquals(Optional.empty(), Ogrn.check("1027700132240"));
        assertEquals(CHECKSUM, Ogrn.check("1027700132241"));
    }

    @Test
    void takesLowestDigitOfOgrnipRemainder() {
        // 30450011600020 mod 13 = 12, so the control digit is 2
        assertEquals(Optional.empty(), Ogrn.check("304500116000202"));
        assertEquals(CHECKSUM, Ogrn.check("304500116000201"));
    }

    @Test
    void usesExactArithmeticForLargestBodies() {
        // 99999999999999 = 13 * 7692307692307 + 8; 999999999999 = 11 * 90909090909
        assertEquals(Optional.empty(), Ogrn.check("999999999999998"));
        assertEquals(Optional.empty(), Ogrn.check("9999999999990"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1027700132196", // Sberbank, control digit changed
            "1027700132295", // Sberbank, a body digit changed
            "1027700229139", // Yandex, last two digits swapped
            "304500116000158", // OGRNIP, control digit changed
            "304500116000147", // OGRNIP, a body digit changed
    })
    void rejectsWrongControlDigit(String ogrn) {
        assertEquals(CHECKSUM, Ogrn.check(ogrn));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "102770013219", "10277001321950", "3045001160001570", // wrong length
            "102770013219O", "1027700-132195", "1 027700132195", "1027700132195 ", // not only digits
    })
    void rejectsWrongFormat(String ogrn) {
        assertEquals(FORMAT, Ogrn.check(ogrn));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankMeansNothingToCheck(String ogrn) {
        assertEquals(Optional.empty(), Ogrn.check(ogrn));
    }
}

package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InnTest {

    private static final Optional<RequisiteViolation> FORMAT =
            Optional.of(new RequisiteViolation("inn", "crm.validation.inn.format"));
    private static final Optional<RequisiteViolation> CHECKSUM =
            Optional.of(new RequisiteViolation("inn", "crm.validation.inn.checksum"));

    @ParameterizedTest
    @ValueSource(strings = {
            "7707083893", // ПАО Сбербанк
            "7736207543", // ООО «Яндекс»
            "7702070139", // Банк ВТБ (ПАО), payee in samples/1c/bankexchange/kl_to_1c-1.03-vtb-crlf.txt
            // legal entities found in /work/shared/samples/1c/bankexchange/*.txt
            "7707049388", "7722698789", "6672307097", "1831112160", "1831134686", "1831145952",
            "1831180379", "1832066661", "1834047449", "6608008004"
    })
    void acceptsRealLegalEntityInns(String inn) {
        assertEquals(Optional.empty(), Inn.check(inn));
    }

    @Test
    void acceptsRealIndividualInn() {
        // 12-digit INN 500100732259, digits 5 0 0 1 0 0 7 3 2 2 5 9:
        // 11th: 5*7+0*2+0*4+1*10+0*3+0*5+7*9+3*4+2*6+2*8 = 148; 148 mod 11 = 5 -> 5, matches
        // 12th: 5*3+0*7+0*2+1*4+0*10+0*3+7*5+3*9+2*4+2*6+5*8 = 141; 141 mod 11 = 9 -> 9, matches
        assertEquals(Optional.empty(), Inn.check("500100732259"));
    }

    @Test
    void acceptsIndividualInnWhoseCheckRemainderIsTen() {
        // 183201986640, a payee INN in samples/1c/bankexchange/kl_to_1c-1.02-payment-requests-lf.txt:
        // 11th: 1*7+8*2+3*4+2*10+0*3+1*5+9*9+8*4+6*6+6*8 = 257; 257 mod 11 = 4 -> 4, matches
        // 12th: 1*3+8*7+3*2+2*4+0*10+1*3+9*5+8*9+6*4+6*6+4*8 = 285; 285 mod 11 = 10 -> 10 mod 10 = 0, matches
        assertEquals(Optional.empty(), Inn.check("183201986640"));
    }

    @Test
    void acceptsLegalEntityInnWhoseCheckRemainderIsTen() {
        // 7 7 0 7 0 8 3 8 3: 14+28+0+21+0+72+12+48+24 = 219; 219 mod 11 = 10 -> check digit 0
        assertEquals(Optional.empty(), Inn.check("7707083830"));
        // an implementation comparing the digit with the raw remainder would need "10" here
        assertEquals(CHECKSUM, Inn.check("7707083831"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "7707083894", // Sberbank with the check digit changed
            "7707083983", // Sberbank with two digits swapped
            "7736207533", // Yandex with one digit changed
            "500100732258", // 12th digit changed
            "500100732269", // 11th digit changed (the 12th is then wrong too)
            "500100732159", // a digit before the check digits changed
            // anonymised placeholders used in the 1C samples: right length, wrong check digit
            "1122334455", "1234567890", "7123456789", "7777777777", "0056123412", "2500000000",
            "123123123123"
    })
    void rejectsWrongCheckDigits(String inn) {
        assertEquals(CHECKSUM, Inn.check(inn));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "770708389", "77070838931", "7123456789012", "7", // wrong length
            "77070838O3", "ИНН7707083", "7707-08389", "770 708 3893", // not only digits
            " 7707083893", "7707083893 " // surrounding blanks are not silently accepted
    })
    void rejectsWrongFormat(String inn) {
        assertEquals(FORMAT, Inn.check(inn));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void blankMeansNothingToCheck(String inn) {
        assertEquals(Optional.empty(), Inn.check(inn));
    }

    @Test
    void legalEntityIsTenDigits() {
        assertTrue(Inn.isLegalEntity("7707083893"));
        assertFalse(Inn.isLegalEntity("500100732259"));
        assertFalse(Inn.isLegalEntity("77070838O3"));
        assertFalse(Inn.isLegalEntity(""));
        assertFalse(Inn.isLegalEntity(null));
    }
}

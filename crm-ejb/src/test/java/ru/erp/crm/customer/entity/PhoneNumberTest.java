package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8 (495) 123-45-67        | +74951234567",
            "8(495)1234567            | +74951234567",
            "84951234567              | +74951234567",
            "7 495 123 45 67          | +74951234567",
            "(495) 123-45-67          | +74951234567",
            "495.123.45.67            | +74951234567",
            "+7 912 345 67 89         | +79123456789",
            "+7 (912) 345-67-89       | +79123456789",
            "+7-912-345-67-89         | +79123456789",
            "912 345-67-89            | +79123456789",
            "8 800 555-35-35          | +78005553535",
            "800 555 35 35            | +78005553535",
            "8 (812) 123-45-67        | +78121234567",
            "343 123 45 67            | +73431234567",
            "495-123-45-67 доб. 12    | +74951234567",
            "8 (495) 123-45-67 доб.123| +74951234567",
            "+7 495 123-45-67, доб 1  | +74951234567",
            "+7 495 123-45-67 (доб. 12) | +74951234567",
            "+7 495 1234567 добавочный 4321 | +74951234567",
            "+7 495 123 45 67 ДОБ. 12 | +74951234567",
            "+7 495 123 45 67 ext 12  | +74951234567",
            "+7 495 123 45 67 ext. 12 | +74951234567",
            "+7 495 123 45 67 EXT.12  | +74951234567",
            "+74951234567x12          | +74951234567",
            "+7 495 123 45 67 x 12    | +74951234567",
            "+44 20 7946 0958         | +442079460958",
            "+1 (212) 555-0123        | +12125550123",
            "+375 29 123-45-67        | +375291234567",
            "+49 30 1234567           | +49301234567",
            "+49 30 1234-5678 ext 9   | +493012345678",
            "+12345678                | +12345678",
            "+123456789012345         | +123456789012345",
    })
    void normalisesRealWorldShapes(String raw, String expected) {
        assertEquals(Optional.of(expected), PhoneNumber.normalize(raw));
    }

    @Test
    void ignoresUnicodeSpacesAndDashes() {
        // no-break spaces, narrow no-break space, en dash, em dash, minus sign: pasted from Word and web pages
        assertEquals(Optional.of("+74951234567"),
                PhoneNumber.normalize("\u00A0+7\u00A0495\u202F123\u201345\u201467\u2212\t"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            " ", "garbage", "нет", "тел. 8 495 123-45-67", "8 800 CALL NOW",
            "123-45-67", // local number without area code: the city is unknown
            "12345",
            "5123456789", "6123456789", // 10 digits outside the Russian plan
            "9123456789012", // too long for a Russian number
            "+7 912 345 67 8", "+7 912 345 67 890", // Russia has exactly 10 national digits
            "+1234567", // 7 digits, below any E.164 number
            "+1234567890123456", // 16 digits, above the E.164 maximum
            "+0 123 456 789", // country codes never start with 0
            "++7 912 345 67 89", "+7 912 +345 67 89", "7 912 345 67 89+",
            "8 (495) 123-45-67, 8 (495) 765-43-21", // two numbers in one field
            "доб. 12", // extension alone
            "\uFF18\uFF19\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19", // full-width digits
    })
    void rejectsWhatIsNotAPhoneNumber(String raw) {
        assertEquals(Optional.empty(), PhoneNumber.normalize(raw));
    }

    @Test
    void checkReportsUnrecognisableNumberOnGivenField() {
        assertEquals(
                Optional.of(new RequisiteViolation("contacts[1].phone", "crm.validation.phone.format")),
                PhoneNumber.check("contacts[1].phone", "123-45-67"));
    }

    @Test
    void checkAcceptsRecognisableNumber() {
        assertEquals(Optional.empty(), PhoneNumber.check("phone", "8 (495) 123-45-67 доб. 12"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void checkTreatsBlankAsNothingToCheck(String raw) {
        assertEquals(Optional.empty(), PhoneNumber.check("phone", raw));
    }

    @Test
    void checkRequiresField() {
        assertThrows(NullPointerException.class, () -> PhoneNumber.check(null, "84951234567"));
    }
}

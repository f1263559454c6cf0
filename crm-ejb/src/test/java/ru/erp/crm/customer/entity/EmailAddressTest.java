package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ivanov@example.ru                  | ivanov@example.ru",
            "\"  Ivanov@Example.RU  \"          | ivanov@example.ru",
            "I.Ivanov@mail.example.com          | i.ivanov@mail.example.com",
            "sales+crm@example.com              | sales+crm@example.com",
            "o'brien@example.ie                 | o'brien@example.ie",
            "info_2024@my-company.ru            | info_2024@my-company.ru",
            "почта@пример.рф                    | почта@пример.рф",
            "ПОЧТА@ПРИМЕР.РФ                    | почта@пример.рф",
            "Иван.Петров@Компания.Москва        | иван.петров@компания.москва",
            "info@xn--e1afmkfd.xn--p1ai         | info@xn--e1afmkfd.xn--p1ai",
            "\"\tuser@example.org\n\"           | user@example.org",
    })
    void normalisesPlausibleAddresses(String raw, String expected) {
        assertEquals(Optional.of(expected), EmailAddress.normalize(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "ivanov.example.ru", // no @
            "ivanov@@example.ru", "ivanov@example@ru", // more than one @
            "a@b.ru, c@d.ru", "a@b.ru;c@d.ru", // two addresses in one field
            "@example.ru", // empty local part
            "ivanov@", "ivanov@localhost", "ivanov@ru", // no domain or no dot in it
            "ivanov@.example.ru", "ivanov@example.ru.", "ivanov@example..ru", // empty labels
            "ivanov@-example.ru", "ivanov@example-.ru", // hyphen at a label edge
            "ivanov@exa_mple.ru", "ivanov@example.ru>", // characters not allowed in a domain
            "ivanov@192.168.0.1", "ivanov@example.123", // numeric top-level domain
            "iva nov@example.ru", "ivanov@exam ple.ru", // inner space
            "Иван Иванов <ivanov@example.ru>", "mailto:ivanov@example.ru",
            ".ivanov@example.ru", "ivanov.@example.ru", "iva..nov@example.ru",
            "\"ivan ivanov\"@example.ru", // quoted local part
            "ivanov@example.ru\u00A0", // no-break space pasted from a web page
    })
    void rejectsImplausibleAddresses(String raw) {
        assertEquals(Optional.empty(), EmailAddress.normalize(raw));
    }

    @Test
    void rejectsOverlongAddressAndLabel() {
        String label63 = "a".repeat(63);
        String domain = String.join(".", label63, label63, label63, "ru"); // 195 characters
        assertEquals(Optional.of("x@" + domain), EmailAddress.normalize("x@" + domain));
        assertEquals(Optional.empty(), EmailAddress.normalize("x".repeat(60) + "@" + domain));
        assertEquals(Optional.empty(), EmailAddress.normalize("x@" + "a".repeat(64) + ".ru"));
    }

    @Test
    void checkReportsImplausibleAddressOnGivenField() {
        assertEquals(
                Optional.of(new RequisiteViolation("contacts[0].email", "crm.validation.email.format")),
                EmailAddress.check("contacts[0].email", "ivanov@example"));
    }

    @Test
    void checkAcceptsPlausibleAddress() {
        assertEquals(Optional.empty(), EmailAddress.check("email", " Почта@Пример.рф "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void checkTreatsBlankAsNothingToCheck(String raw) {
        assertEquals(Optional.empty(), EmailAddress.check("email", raw));
    }

    @Test
    void checkRequiresField() {
        assertThrows(NullPointerException.class, () -> EmailAddress.check(null, "a@b.ru"));
    }
}

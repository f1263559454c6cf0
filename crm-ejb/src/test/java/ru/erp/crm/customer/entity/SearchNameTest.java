package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "ООО \"Рога и Копыта\"                                  | РОГА И КОПЫТА",
            "Общество с ограниченной ответственностью «Ромашка»     | РОМАШКА",
            "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"РОМАШКА\"   | РОМАШКА",
            "Рога и Копыта ООО                                      | РОГА И КОПЫТА",
            "Рога и Копыта, ООО                                     | РОГА И КОПЫТА",
            "ООО«Ромашка»                                           | РОМАШКА",
            "ООО „Ромашка“                                          | РОМАШКА",
            "ООО “Ромашка”                                          | РОМАШКА",
            "ООО 'Ромашка'                                          | РОМАШКА",
            "ООО `Ромашка`                                          | РОМАШКА",
            "ООО ‘Ромашка’                                          | РОМАШКА",
            "ПАО Сбербанк                                           | СБЕРБАНК",
            "Публичное акционерное общество «Сбербанк России»       | СБЕРБАНК РОССИИ",
            "Акционерное общество «Тинькофф Банк»                   | ТИНЬКОФФ БАНК",
            "АО \"Почта России\"                                    | ПОЧТА РОССИИ",
            "ОАО «РЖД»                                              | РЖД",
            "Открытое акционерное общество «Российские железные дороги» | РОССИЙСКИЕ ЖЕЛЕЗНЫЕ ДОРОГИ",
            "ЗАО \"Вектор\"                                         | ВЕКТОР",
            "Закрытое акционерное общество \"Вектор\"               | ВЕКТОР",
            "ИП Иванов Иван Иванович                                | ИВАНОВ ИВАН ИВАНОВИЧ",
            "Индивидуальный предприниматель Иванов И.И.             | ИВАНОВ И.И.",
            "Иванов Иван Иванович ИП                                | ИВАНОВ ИВАН ИВАНОВИЧ",
            "НКО «Фонд развития»                                    | ФОНД РАЗВИТИЯ",
            "ГУП «Мосгортранс»                                      | МОСГОРТРАНС",
            "МУП \"Водоканал\"                                      | ВОДОКАНАЛ",
            "ФГУП «Почта России»                                    | ПОЧТА РОССИИ",
            "Федеральное государственное унитарное предприятие «Почта России» | ПОЧТА РОССИИ",
            "Муниципальное унитарное предприятие Водоканал          | ВОДОКАНАЛ",
            "Horns and Hooves LLC                                   | HORNS AND HOOVES",
            "Horns & Hooves, Ltd.                                   | HORNS & HOOVES",
            "JSC Gazprom Neft                                       | GAZPROM NEFT",
            "Limited Liability Company \"Romashka\"                 | ROMASHKA",
            "ООО \"Ёлки-Палки\"                                     | ЕЛКИ-ПАЛКИ",
            "ёжик в тумане                                          | ЕЖИК В ТУМАНЕ",
            "^  ООО   «Рога   и    Копыта»  ^                       | РОГА И КОПЫТА",
            "ООО «ИП Сервис»                                        | ИП СЕРВИС",
            "ООО \"АО Холдинг\"                                     | АО ХОЛДИНГ",
    })
    void buildsSearchKey(String name, String expected) {
        assertEquals(expected, SearchName.of(name));
    }

    @Test
    void namesOfOneCompanyGetTheSameKey() {
        String key = SearchName.of("ООО \"Рога и Копыта\"");
        assertEquals(key, SearchName.of("Рога и копыта ООО"));
        assertEquals(key, SearchName.of("Общество с ограниченной ответственностью «РОГА И КОПЫТА»"));
        assertEquals(key, SearchName.of("рога\u00A0и\tкопыта"));
    }

    @Test
    void stripsOneLegalFormAtEachEnd() {
        assertEquals("РОМАШКА", SearchName.of("ООО «Ромашка» ООО"));
        assertEquals("РОМАШКА", SearchName.of("ООО«Ромашка»ООО"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Банк АО Ромашка | БАНК АО РОМАШКА", // legal form in the middle is part of the name
            "Ипотечный центр | ИПОТЕЧНЫЙ ЦЕНТР", // starts with the letters of ИП, but not the word
            "Аорта           | АОРТА",
            "Гупешка ООО     | ГУПЕШКА",
            "Банк ПАОЛО      | БАНК ПАОЛО",
            "ООО             | ООО", // nothing but a legal form: keep it rather than return an empty key
            "\"ИП\"          | ИП",
            "Acme Limited    | ACME LIMITED", // a plain word, unlike the abbreviation LTD
    })
    void keepsWhatIsNotALeadingOrTrailingLegalForm(String name, String expected) {
        assertEquals(expected, SearchName.of(name));
    }

    @Test
    void doesNotDependOnDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // Turkish upper-cases i to İ, which would hide "LIMITED LIABILITY COMPANY"
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("PIXIE", SearchName.of("limited liability company pixie"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "«»", "\" \""})
    void blankNameGivesEmptyKey(String name) {
        assertEquals("", SearchName.of(name));
    }
}

package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

    /** Every message key the validators can produce, obtained by making each of them fail. */
    private static Set<String> keysProducedByValidators() {
        Stream<Optional<RequisiteViolation>> single = Stream.of(
                Inn.check("1"), Inn.check("7707083894"),
                Kpp.check("1"),
                Ogrn.check("1"), Ogrn.check("1027700132196"),
                PhoneNumber.check("phone", "1"),
                EmailAddress.check("email", "1"));
        Stream<Collection<RequisiteViolation>> lists = Stream.of(
                BankAccountNumber.check("", "1", "1"),
                BankAccountNumber.check("", "044525225", "40702810938000000000"));
        return Stream.concat(single.flatMap(Optional::stream), lists.flatMap(Collection::stream))
                .map(RequisiteViolation::messageKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ResourceBundle load(String resource) {
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " not on the class path");
            return new PropertyResourceBundle(in); // as ResourceBundle.getBundle reads it: UTF-8
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void russianBundleHasEveryKeyTheValidatorsUse() {
        Set<String> keys = load("/ValidationMessages.properties").keySet();
        assertTrue(keys.containsAll(keysProducedByValidators()), "missing: " + missing(keys));
    }

    @Test
    void englishBundleHasEveryKeyTheValidatorsUse() {
        Set<String> keys = load("/ValidationMessages_en.properties").keySet();
        assertTrue(keys.containsAll(keysProducedByValidators()), "missing: " + missing(keys));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(load("/ValidationMessages.properties").keySet()),
                new TreeSet<>(load("/ValidationMessages_en.properties").keySet()));
    }

    private static Set<String> missing(Set<String> keys) {
        Set<String> missing = keysProducedByValidators();
        missing.removeAll(keys);
        return missing;
    }

    @Test
    void russianMessagesAreReadAsUtf8() {
        ResourceBundle ru = load("/ValidationMessages.properties");
        assertEquals("ИНН должен состоять из 10 или 12 цифр", ru.getString("crm.validation.inn.format"));
        assertEquals("ОГРН должен состоять из 13 цифр, ОГРНИП — из 15 цифр",
                ru.getString("crm.validation.ogrn.format"));
    }

    @Test
    void noMessageIsBlank() {
        for (String resource : List.of("/ValidationMessages.properties", "/ValidationMessages_en.properties")) {
            ResourceBundle bundle = load(resource);
            for (String key : bundle.keySet()) {
                assertFalse(bundle.getString(key).isBlank(), resource + ": " + key);
            }
        }
    }

    @Test
    void localesResolveToTheirBundles() {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        assertEquals("INN must have 10 or 12 digits",
                ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH, noFallback)
                        .getString("crm.validation.inn.format"));
        assertEquals("ИНН должен состоять из 10 или 12 цифр",
                ResourceBundle.getBundle("ValidationMessages", Locale.forLanguageTag("ru-RU"), noFallback)
                        .getString("crm.validation.inn.format"));
    }
}

package ru.erp.crm.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ru.erp.crm.platform.problem.Violation;

/**
 * The user-facing texts of problems, from the {@code ValidationMessages} bundles of crm-ejb:
 * Russian (the base bundle) unless the request prefers English. No fallback to the server's
 * default locale, so a Russian request never gets English text on an English server.
 */
public final class Messages {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String BUNDLE = "ValidationMessages";

    private Messages() {
    }

    /** The first language of the request we speak; Russian by default. */
    public static Locale localeOf(HttpHeaders headers) {
        if (headers == null) {
            return RUSSIAN;
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("ru".equals(locale.getLanguage())) {
                return RUSSIAN;
            }
        }
        return RUSSIAN;
    }

    public static String text(String key, List<Object> arguments, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                Violation.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        try {
            String pattern = bundle.getString(key);
            return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String text(String key, Locale locale, Object... arguments) {
        return text(key, List.of(arguments), locale);
    }
}

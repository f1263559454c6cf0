package ru.erp.crm.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import ru.erp.crm.platform.i18n.Texts;

/**
 * The user-facing texts of problems, from the {@code ValidationMessages} bundles of crm-ejb
 * (read by {@link Texts}): Russian unless the request prefers English.
 */
public final class Messages {

    public static final Locale RUSSIAN = Texts.RUSSIAN;

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
        return Texts.text(key, arguments, locale);
    }

    public static String text(String key, Locale locale, Object... arguments) {
        return text(key, List.of(arguments), locale);
    }
}

package ru.erp.crm.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the {@code ValidationMessages} bundles: Russian (the base bundle) unless English is
 * asked for, with no fallback to the server's default locale, so a Russian user never gets
 * English text on an English server. The API, the pages and the boundaries that word a result
 * themselves all read them here.
 */
public final class Texts {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String BUNDLE = "ValidationMessages";

    private Texts() {
    }

    /** The language we speak that is closest to {@code languageTag}: English for "en…", Russian otherwise. */
    public static Locale localeOf(String languageTag) {
        return languageTag != null && Locale.forLanguageTag(languageTag).getLanguage().equals("en")
                ? Locale.ENGLISH : RUSSIAN;
    }

    /** The message, formatted with the arguments; the key itself when the bundle lacks it. */
    public static String text(String key, List<?> arguments, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        try {
            String pattern = bundle.getString(key);
            return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

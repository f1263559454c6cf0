package ru.erp.crm.customer.entity;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The normalised search key of a counterparty name.
 *
 * <p>The same company reaches the CRM as {@code ООО "Рога и Копыта"}, {@code Рога и копыта ООО}
 * (the 1C habit of putting the legal form last) or {@code Общество с ограниченной
 * ответственностью «Рога и Копыта»}. Searching and duplicate detection compare this key instead
 * of the name, so all of these become {@code РОГА И КОПЫТА}:
 * <ol>
 *   <li>upper case ({@link Locale#ROOT}, so the result does not depend on the server locale) and
 *       Ё written as Е, as most people type it;</li>
 *   <li>whitespace collapsed and trimmed;</li>
 *   <li>one legal form removed from the start and one from the end, short or spelled out,
 *       Russian or English. A legal form inside quotes is part of the name
 *       ({@code ООО «ИП Сервис»} is the company "ИП Сервис") and stays, as does one in the middle
 *       and a name that is nothing but a legal form;</li>
 *   <li>quotes of every kind replaced by spaces, because which quotes are used (or whether there
 *       is a space before them) is typing habit, not part of the name.</li>
 * </ol>
 */
public final class SearchName {

    private static final String QUOTE_CHARS = "\"'`«»„“”‟‘’‚‛‹›″";
    private static final Pattern QUOTES = Pattern.compile("[" + QUOTE_CHARS + "]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\h]+");
    /** Alternatives longest first, so that a longer form wins over a shorter one it starts with. */
    private static final String LEGAL_FORMS = Stream.of(
            "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ",
            "ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО",
            "НЕПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО",
            "ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО",
            "ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО",
            "АКЦИОНЕРНОЕ ОБЩЕСТВО",
            "ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ",
            "НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ",
            "ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ",
            "ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ",
            "МУНИЦИПАЛЬНОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ",
            "ООО", "ОАО", "ЗАО", "ПАО", "АО", "ИП", "НКО", "ФГУП", "ГУП", "МУП",
            "LIMITED LIABILITY COMPANY", "JOINT STOCK COMPANY", "LLC", "LTD", "JSC")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|"));
    /**
     * A legal form (optionally with a dot) at the start, separated from the rest of the name by
     * spaces or commas or directly followed by an opening quote.
     */
    private static final Pattern LEADING_FORM = Pattern.compile(
            "^(?:" + LEGAL_FORMS + ")\\.?(?:[ ,]+|(?=[" + QUOTE_CHARS + "]))(?=[^ ,])");
    /** The same at the end, after the name. */
    private static final Pattern TRAILING_FORM = Pattern.compile(
            "(?<=[^ ,])(?:[ ,]+|(?<=[" + QUOTE_CHARS + "]))(?:" + LEGAL_FORMS + ")\\.?$");

    private SearchName() {
    }

    /**
     * Computes the search key of a counterparty name.
     *
     * @param name name as entered, may be {@code null}
     * @return the search key; empty for a {@code null} or blank name
     */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String key = collapseWhitespace(name.toUpperCase(Locale.ROOT).replace('Ё', 'Е'));
        key = LEADING_FORM.matcher(key).replaceFirst("");
        key = TRAILING_FORM.matcher(key).replaceFirst("");
        return collapseWhitespace(QUOTES.matcher(key).replaceAll(" "));
    }

    private static String collapseWhitespace(String value) {
        return WHITESPACE.matcher(value).replaceAll(" ").strip();
    }
}

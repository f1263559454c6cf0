package ru.erp.crm.integration.onec.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.erp.crm.integration.onec.commerceml.LenientDecimal;
import ru.erp.crm.sales.boundary.OneCDocument.Kind;

/**
 * Values of order documents as 1C and 1C-Bitrix write them. Dates come as {@code 2007-10-16} or
 * {@code 16.10.2007}, in requisites often with a time ({@code 2007-10-16 15:44:47},
 * {@code 11.02.2021 18:45:21}, {@code 2021-02-11T18:45:21}); only the day is kept, checked
 * strictly (no 31.02). Flags are {@code true}/{@code false} or {@code Да}/{@code Нет}. Anything
 * else is empty, so the caller can name the field it could not read instead of guessing.
 */
final class DocumentValues {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}|\\d{2}\\.\\d{2}\\.\\d{4})"
                    + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** ХозОперация with spaces and hyphens dropped: 1C writes «Заказ товара», its schema «ЗаказТовара». */
    private static final Set<String> ORDERS = Set.of("заказтовара");
    private static final Set<String> INVOICES = Set.of("счетнаоплату", "счетнаоплатупокупателю");
    private static final Set<String> SHIPMENTS = Set.of("отпусктовара", "реализациятоваров", "реализациятоваровиуслуг");
    /** A VAT rate as 1C calculates it for prices with VAT: {@code 20/120} is the 20% rate. */
    private static final Pattern CALCULATED_RATE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*/\\s*1\\d\\d(?:[.,]\\d+)?");

    private DocumentValues() {
    }

    static Optional<LocalDate> date(String text) {
        Matcher matcher = DATE_TIME.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String day = matcher.group(1);
        try {
            return Optional.of(LocalDate.parse(day, day.contains("-") ? ISO_DATE : RUSSIAN_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip(), TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Boolean> flag(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "да" -> Optional.of(Boolean.TRUE);
            case "false", "нет" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** What a document is, from its ХозОперация; case, spaces, hyphens and ё do not matter. */
    static Kind kind(String operation) {
        if (operation == null) {
            return Kind.OTHER;
        }
        String key = NOT_LETTERS.matcher(operation.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll("");
        if (ORDERS.contains(key)) {
            return Kind.ORDER;
        }
        if (INVOICES.contains(key)) {
            return Kind.INVOICE;
        }
        return SHIPMENTS.contains(key) ? Kind.SHIPMENT : Kind.OTHER;
    }

    /** «Без налога», «без НДС», «БезНДС», «НДС не облагается»: 1C's ways of saying there is no VAT. */
    static boolean withoutVat(String rate) {
        String key = NOT_LETTERS.matcher(rate.toLowerCase(Locale.ROOT)).replaceAll("");
        return key.startsWith("без") || key.equals("ндснеоблагается");
    }

    /** A VAT rate in percent: {@code 20}, {@code 20%}, {@code 10,5}, or the calculated {@code 20/120}. */
    static Optional<BigDecimal> vatRate(String rate) {
        String plain = rate.strip();
        Matcher calculated = CALCULATED_RATE.matcher(plain);
        if (calculated.matches()) {
            plain = calculated.group(1);
        } else if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return LenientDecimal.parse(plain);
    }
}

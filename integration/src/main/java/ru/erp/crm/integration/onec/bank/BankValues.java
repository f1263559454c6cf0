package ru.erp.crm.integration.onec.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates and amounts as bank clients write them. Dates are {@code dd.MM.yyyy}, checked strictly
 * (no 31.02). Amounts are rubles and kopecks: {@code 1234.50}, also {@code 1234,50} and
 * {@code 1 234.50}; no sign and at most two decimals, because anything else is not a sum of
 * money a bank moved and guessing (is {@code 1.234} a thousand?) would book a wrong amount.
 */
final class BankValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern AMOUNT = Pattern.compile("\\d+([.,]\\d{1,2})?");

    private BankValues() {
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> amount(String text) {
        String plain = SPACES.matcher(text).replaceAll("");
        return AMOUNT.matcher(plain).matches()
                ? Optional.of(new BigDecimal(plain.replace(',', '.')))
                : Optional.empty();
    }
}

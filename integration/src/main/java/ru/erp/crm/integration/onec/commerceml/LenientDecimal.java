package ru.erp.crm.integration.onec.commerceml;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as 1C and hand-edited files write them: {@code 1234.50}, {@code 1234,50},
 * {@code 1 234,50} with ordinary, no-break or narrow no-break spaces between the thousands.
 * A text with both a comma and a point ({@code 1,234.50} or {@code 1.234,50}) is refused rather
 * than guessed: the two readings differ by a factor of a thousand.
 */
public final class LenientDecimal {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private LenientDecimal() {
    }

    public static Optional<BigDecimal> parse(String text) {
        String plain = SPACES.matcher(text).replaceAll("").replace(',', '.');
        return PLAIN.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }
}

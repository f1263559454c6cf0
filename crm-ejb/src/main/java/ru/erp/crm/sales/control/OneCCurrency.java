package ru.erp.crm.sales.control;

import java.util.Locale;
import java.util.Set;

/**
 * The currency of a 1C document as an ISO code. 1C writes roubles in many ways (the currency's
 * name «руб», its code 643, the old RUR); any other currency has to be an ISO letter code.
 */
public final class OneCCurrency {

    static final String ROUBLES = "RUB";
    private static final Set<String> ROUBLE_NAMES = Set.of("РУБ", "РУБ.", "РУБЛЬ", "643", "RUB", "RUR");

    private OneCCurrency() {
    }

    /** The ISO code; a document that names no currency is in roubles. */
    public static String code(String currency) {
        if (currency == null || currency.isBlank()) {
            return ROUBLES;
        }
        String upper = currency.strip().toUpperCase(Locale.ROOT);
        if (ROUBLE_NAMES.contains(upper)) {
            return ROUBLES;
        }
        if (upper.matches("[A-Z]{3}")) {
            return upper;
        }
        throw new DocumentRefused("currency «" + currency.strip() + "» is not an ISO code");
    }
}

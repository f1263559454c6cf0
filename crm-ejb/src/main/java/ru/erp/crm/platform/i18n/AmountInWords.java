package ru.erp.crm.platform.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A sum of money in Russian words, as print forms state it under the table («Всего к оплате:
 * Одна тысяча двести рублей 50 копеек»): roubles in words with the capital first letter, kopecks
 * in two digits. Thousands are feminine («одна тысяча», «две тысячи»), roubles, millions and
 * billions masculine; each noun takes the form its number asks for (1 рубль, 2 рубля, 5 рублей,
 * 11 рублей, 21 рубль).
 */
public final class AmountInWords {

    /** Up to, not including, a trillion roubles. */
    public static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private static final String[] UNITS_MASCULINE = {"", "один", "два", "три", "четыре", "пять", "шесть", "семь",
            "восемь", "девять"};
    private static final String[] UNITS_FEMININE = {"", "одна", "две", "три", "четыре", "пять", "шесть", "семь",
            "восемь", "девять"};
    private static final String[] TEENS = {"десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
            "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
    private static final String[] TENS = {"", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
            "семьдесят", "восемьдесят", "девяносто"};
    private static final String[] HUNDREDS = {"", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
            "семьсот", "восемьсот", "девятьсот"};

    private AmountInWords() {
    }

    /** «Одна тысяча двести рублей 50 копеек»; amounts are rounded half up to the kopeck. */
    public static String roubles(BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amount must be 0 to under a trillion roubles: " + amount);
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        long roubles = rounded.longValue();
        int kopecks = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String words = roubles == 0 ? "ноль" : number(roubles);
        String text = words + " " + plural(roubles, "рубль", "рубля", "рублей") + " "
                + String.format("%02d", kopecks) + " " + plural(kopecks, "копейка", "копейки", "копеек");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The noun form for a count: 1 (not 11) takes {@code one}; 2–4 (not 12–14) {@code few}; others {@code many}. */
    static String plural(long count, String one, String few, String many) {
        long lastTwo = count % 100;
        long last = count % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        if (last == 1) {
            return one;
        }
        return last >= 2 && last <= 4 ? few : many;
    }

    private static String number(long value) {
        StringBuilder words = new StringBuilder();
        group(words, (int) (value / 1_000_000_000 % 1000), false, "миллиард", "миллиарда", "миллиардов");
        group(words, (int) (value / 1_000_000 % 1000), false, "миллион", "миллиона", "миллионов");
        group(words, (int) (value / 1000 % 1000), true, "тысяча", "тысячи", "тысяч");
        group(words, (int) (value % 1000), false, null, null, null);
        return words.toString().strip();
    }

    private static void group(StringBuilder words, int value, boolean feminine, String one, String few, String many) {
        if (value == 0) {
            return;
        }
        append(words, HUNDREDS[value / 100]);
        int belowHundred = value % 100;
        if (belowHundred >= 10 && belowHundred < 20) {
            append(words, TEENS[belowHundred - 10]);
        } else {
            append(words, TENS[belowHundred / 10]);
            append(words, (feminine ? UNITS_FEMININE : UNITS_MASCULINE)[belowHundred % 10]);
        }
        if (one != null) {
            append(words, plural(value, one, few, many));
        }
    }

    private static void append(StringBuilder words, String word) {
        if (!word.isEmpty()) {
            words.append(word).append(' ');
        }
    }
}

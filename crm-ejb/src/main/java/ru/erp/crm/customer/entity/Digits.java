package ru.erp.crm.customer.entity;

/**
 * Digit-string helpers shared by the requisite validators (INN, OGRN, bank accounts), so that the
 * check-digit arithmetic is written once.
 *
 * <p>Only the ASCII digits {@code 0-9} count as digits here. {@link Character#isDigit(char)} would
 * also accept e.g. Arabic-Indic or full-width digits, which no Russian registry issues and which
 * would silently corrupt the check-digit arithmetic.
 */
public final class Digits {

    private Digits() {
    }

    /**
     * Tells whether {@code value} is a non-empty string of ASCII digits only.
     *
     * @param value string to test, may be {@code null}
     * @return {@code true} if {@code value} is non-empty and contains nothing but {@code 0-9}
     */
    public static boolean allDigits(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a digit string into its digit values, e.g. {@code "407"} into {@code {4, 0, 7}}.
     *
     * @param value string accepted by {@link #allDigits(String)}
     * @return the digit values, in order
     * @throws IllegalArgumentException if {@code value} is not a digit string; callers check the
     *                                  format first, so this indicates a programming error
     */
    public static int[] of(String value) {
        if (!allDigits(value)) {
            throw new IllegalArgumentException("Not a digit string: " + value);
        }
        int[] digits = new int[value.length()];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = value.charAt(i) - '0';
        }
        return digits;
    }

    /**
     * Sum of {@code digits[i] * weights[i]} over the first {@code weights.length} digits, the
     * common first step of the FNS and Bank of Russia control-number algorithms.
     *
     * @throws IllegalArgumentException if there are fewer digits than weights
     */
    static int weightedSum(int[] digits, int[] weights) {
        if (digits.length < weights.length) {
            throw new IllegalArgumentException(
                    "Need at least " + weights.length + " digits, got " + digits.length);
        }
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        return sum;
    }
}

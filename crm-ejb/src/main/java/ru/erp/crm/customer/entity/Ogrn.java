package ru.erp.crm.customer.entity;

import java.util.Optional;

/**
 * OGRN / OGRNIP (ОГРН / ОГРНИП, state registration number) checks.
 *
 * <p>A legal entity's OGRN has 13 digits, an individual entrepreneur's OGRNIP has 15. The last
 * digit is a control digit defined by the register rules (ЕГРЮЛ: Постановление Правительства РФ
 * от 19.06.2002 № 438; ЕГРИП: от 16.10.2003 № 630): the lowest digit of the remainder of the
 * number formed by the preceding digits divided by 11 (OGRN) or 13 (OGRNIP). "Lowest digit" is
 * why the remainder is taken mod 10 again: a remainder of 10, 11 or 12 gives 0, 1 or 2.
 *
 * <p>The preceding digits form a 12- or 14-digit number, at most 99 999 999 999 999, which fits
 * in a {@code long} with room to spare, so plain {@code long} arithmetic is exact here.
 */
public final class Ogrn {

    private static final String FIELD = "ogrn";
    private static final String FORMAT_KEY = "crm.validation.ogrn.format";
    private static final String CHECKSUM_KEY = "crm.validation.ogrn.checksum";

    private static final int OGRN_LENGTH = 13;
    private static final int OGRNIP_LENGTH = 15;
    private static final int OGRN_DIVISOR = 11;
    private static final int OGRNIP_DIVISOR = 13;

    private Ogrn() {
    }

    /**
     * Checks an OGRN or OGRNIP as entered (not trimmed).
     *
     * @param value OGRN/OGRNIP to check; {@code null} or blank means "not filled in"
     * @return empty if the value is blank or valid, otherwise the violation for field
     *         {@code "ogrn"}
     */
    public static Optional<RequisiteViolation> check(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!Digits.allDigits(value)
                || value.length() != OGRN_LENGTH && value.length() != OGRNIP_LENGTH) {
            return violation(FORMAT_KEY);
        }
        int divisor = value.length() == OGRN_LENGTH ? OGRN_DIVISOR : OGRNIP_DIVISOR;
        int lastIndex = value.length() - 1;
        long body = Long.parseLong(value.substring(0, lastIndex));
        int expected = (int) (body % divisor % 10);
        int actual = value.charAt(lastIndex) - '0';
        return actual == expected ? Optional.empty() : violation(CHECKSUM_KEY);
    }

    private static Optional<RequisiteViolation> violation(String messageKey) {
        return Optional.of(new RequisiteViolation(FIELD, messageKey));
    }
}

package ru.erp.crm.customer.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * KPP (КПП, tax registration reason code) format check.
 *
 * <p>A KPP is 9 characters: a 4-digit tax office code, a 2-character reason code and a 3-digit
 * sequence number. Since 2013 the FNS may use capital Latin letters in the reason code (Приказ
 * ФНС России от 29.06.2012 № ММВ-7-6/435@), so positions 5-6 are {@code [0-9A-Z]}. There is no
 * check digit, hence only a format key.
 */
public final class Kpp {

    private static final String FIELD = "kpp";
    private static final String FORMAT_KEY = "crm.validation.kpp.format";

    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}[0-9A-Z]{2}[0-9]{3}");

    private Kpp() {
    }

    /**
     * Checks a KPP as entered (not trimmed, lower-case letters are not accepted).
     *
     * @param value KPP to check; {@code null} or blank means "not filled in"
     * @return empty if the value is blank or well-formed, otherwise the violation for field
     *         {@code "kpp"}
     */
    public static Optional<RequisiteViolation> check(String value) {
        if (value == null || value.isBlank() || FORMAT.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new RequisiteViolation(FIELD, FORMAT_KEY));
    }
}

package ru.erp.crm.customer.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalisation of phone numbers to E.164 ({@code +79123456789}).
 *
 * <p>Phones come from users, 1C and web forms in every conceivable shape. Storing one canonical
 * form lets the CRM find duplicates, match an incoming call to a contact and hand a dialable
 * number to telephony, none of which works on "8 (495) 123-45-67".
 *
 * <p>Accepted shapes:
 * <ul>
 *   <li>{@code +} followed by a country code and number, 8 to 15 digits in total (the E.164
 *       maximum); for country code 7 (Russia, Kazakhstan) exactly 10 digits must follow, as the
 *       Russian numbering plan has no other length;</li>
 *   <li>Russian numbers without {@code +}: 11 digits starting with the trunk prefix 8 or with
 *       the country code 7, or 10 digits (no prefix at all) starting with 3, 4, 8 or 9, which is
 *       how the codes of the Russian plan start: geographic 3xx, 4xx and 8xx, toll-free 800 and
 *       mobile 9xx.</li>
 * </ul>
 * Spaces, brackets, dashes and dots between digits are ignored. A trailing extension
 * ("доб. 123", "ext 12", "x12") is dropped: it cannot be dialled as part of the number and would
 * prevent matching the same office number written without it.
 */
public final class PhoneNumber {

    private static final String FORMAT_KEY = "crm.validation.phone.format";

    private static final Pattern EXTENSION = Pattern.compile(
            "[\\s\\h,;(]*(?:доб(?:авочный)?|ext(?:ension)?|x)\\.?[\\s\\h]*\\d{1,6}[\\s\\h)]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Whitespace (including no-break spaces), brackets, dots, hyphen and the Unicode dashes. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\h().\\-\u2010-\u2015\u2212]+");

    private static final int MIN_INTERNATIONAL_DIGITS = 8;
    private static final int MAX_INTERNATIONAL_DIGITS = 15;
    private static final int RUSSIAN_NATIONAL_DIGITS = 10;
    private static final String RUSSIA = "7";
    private static final String RUSSIAN_AREA_CODE_STARTS = "3489";

    private PhoneNumber() {
    }

    /**
     * Normalises a phone number to E.164.
     *
     * @param raw phone as entered, may be {@code null}
     * @return the number as {@code +<digits>}, or empty if {@code raw} is not a recognisable number
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String number = SEPARATORS.matcher(EXTENSION.matcher(raw).replaceFirst("")).replaceAll("");
        if (number.startsWith("+")) {
            return international(number.substring(1));
        }
        return Digits.allDigits(number) ? russian(number) : Optional.empty();
    }

    /**
     * Checks that a phone number can be normalised.
     *
     * @param field JSON property path to report, e.g. {@code "contacts[1].phone"}
     * @param raw   phone as entered; {@code null} or blank means "not filled in"
     * @return empty if blank or recognisable, otherwise the violation for {@code field}
     */
    public static Optional<RequisiteViolation> check(String field, String raw) {
        Objects.requireNonNull(field, "field");
        if (raw == null || raw.isBlank() || normalize(raw).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new RequisiteViolation(field, FORMAT_KEY));
    }

    private static Optional<String> international(String digits) {
        if (!Digits.allDigits(digits)
                || digits.charAt(0) == '0' // no E.164 country code starts with 0
                || digits.length() < MIN_INTERNATIONAL_DIGITS
                || digits.length() > MAX_INTERNATIONAL_DIGITS
                || digits.startsWith(RUSSIA)
                        && digits.length() != RUSSIA.length() + RUSSIAN_NATIONAL_DIGITS) {
            return Optional.empty();
        }
        return Optional.of("+" + digits);
    }

    private static Optional<String> russian(String digits) {
        if (digits.length() == RUSSIAN_NATIONAL_DIGITS + 1
                && (digits.charAt(0) == '8' || digits.charAt(0) == '7')) {
            return Optional.of("+" + RUSSIA + digits.substring(1));
        }
        if (digits.length() == RUSSIAN_NATIONAL_DIGITS
                && RUSSIAN_AREA_CODE_STARTS.indexOf(digits.charAt(0)) >= 0) {
            return Optional.of("+" + RUSSIA + digits);
        }
        return Optional.empty();
    }
}

package ru.erp.crm.customer.entity;

import java.util.Optional;

/**
 * INN (ИНН, taxpayer identification number) checks.
 *
 * <p>A legal entity has a 10-digit INN with one check digit; an individual (including an
 * individual entrepreneur) has a 12-digit INN with two. Each check digit is the weighted sum of
 * the digits before it, taken mod 11 and then mod 10 (so a remainder of 10 gives 0). The weights
 * are those of the FNS (ФНС России) check-digit algorithm: the order on assigning INNs only says
 * that the last digits are control digits, the algorithm itself is the one FNS and 1C software
 * apply, so an INN rejected here would also be rejected by the tax authority and by 1C.
 *
 * <p>Validation catches typos before a counterparty is saved or sent to 1C, where a wrong INN
 * breaks the exchange and tax reporting.
 */
public final class Inn {

    private static final String FIELD = "inn";
    private static final String FORMAT_KEY = "crm.validation.inn.format";
    private static final String CHECKSUM_KEY = "crm.validation.inn.checksum";

    private static final int LEGAL_ENTITY_LENGTH = 10;
    private static final int INDIVIDUAL_LENGTH = 12;

    private static final int[] LEGAL_ENTITY_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INDIVIDUAL_FIRST_WEIGHTS = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INDIVIDUAL_SECOND_WEIGHTS = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Inn() {
    }

    /**
     * Checks an INN as entered.
     *
     * <p>The value is not trimmed: whatever passes here is stored as is, so surrounding blanks are
     * a format error rather than something silently accepted.
     *
     * @param value INN to check; {@code null} or blank means "not filled in", which is not this
     *              method's concern (whether INN is required is decided by the caller)
     * @return empty if the value is blank or a valid INN, otherwise the violation for field
     *         {@code "inn"}
     */
    public static Optional<RequisiteViolation> check(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!Digits.allDigits(value)
                || value.length() != LEGAL_ENTITY_LENGTH && value.length() != INDIVIDUAL_LENGTH) {
            return violation(FORMAT_KEY);
        }
        return hasValidCheckDigits(Digits.of(value)) ? Optional.empty() : violation(CHECKSUM_KEY);
    }

    /**
     * Tells whether the value has the shape of a legal entity's INN (exactly 10 digits), e.g. to
     * decide whether a KPP is expected. Does not verify the check digit; {@link #check} does.
     *
     * @param value INN, may be {@code null}
     * @return {@code true} for exactly 10 ASCII digits
     */
    public static boolean isLegalEntity(String value) {
        return value != null && value.length() == LEGAL_ENTITY_LENGTH && Digits.allDigits(value);
    }

    private static boolean hasValidCheckDigits(int[] digits) {
        if (digits.length == LEGAL_ENTITY_LENGTH) {
            return digits[9] == checkDigit(digits, LEGAL_ENTITY_WEIGHTS);
        }
        return digits[10] == checkDigit(digits, INDIVIDUAL_FIRST_WEIGHTS)
                && digits[11] == checkDigit(digits, INDIVIDUAL_SECOND_WEIGHTS);
    }

    private static int checkDigit(int[] digits, int[] weights) {
        return Digits.weightedSum(digits, weights) % 11 % 10;
    }

    private static Optional<RequisiteViolation> violation(String messageKey) {
        return Optional.of(new RequisiteViolation(FIELD, messageKey));
    }
}

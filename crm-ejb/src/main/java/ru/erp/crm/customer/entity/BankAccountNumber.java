package ru.erp.crm.customer.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks of a Russian bank account: the bank's BIK and the 20-digit account number, including the
 * control key (контрольный ключ) that ties the account number to the bank.
 *
 * <p>The key is the ninth digit of the account. It is computed by the Bank of Russia's "Порядок
 * расчета контрольного ключа в номере лицевого счета" (ЦБ РФ, 08.09.1997 № 515) over 23 digits:
 * a three-digit conditional number of the institution holding the account, followed by the 20
 * account digits. Each digit is multiplied by the weights 7, 1, 3 repeated; the account is
 * consistent when the sum ends in 0. The conditional number is
 * <ul>
 *   <li>for an account held by a credit institution: the last three BIK digits (7-9);</li>
 *   <li>for an account held by the Bank of Russia itself (a settlement centre, РКЦ): "0" followed
 *       by BIK digits 5-6. That is the case when the BIK belongs to a Bank of Russia division
 *       (digits 7-9 are 000, 001 or 002), and for a bank's correspondent account (balance
 *       account 30101), which by definition is held by the Bank of Russia; the Bank of Russia's
 *       own example computes the key of a 30101 account this way.</li>
 * </ul>
 * A wrong key almost always means a typo or an account copied together with the wrong bank, and
 * a payment to it would be returned by the bank.
 *
 * <p>Treasury accounts (казначейские счета, numbers starting with 03, used since 2021 by the
 * Federal Treasury for budget-sector clients) are numbered by the Treasury, not under this scheme,
 * and carry no control key: real ones such as 03100643000000017300 (УФК по г. Москве, BIK
 * 004525988) fail the sum under either conditional number. They are only checked for format,
 * otherwise no tax office, customs office or state customer could be saved.
 */
public final class BankAccountNumber {

    private static final String BIK_FIELD = "bik";
    private static final String ACCOUNT_FIELD = "account";
    private static final String BIK_FORMAT_KEY = "crm.validation.bik.format";
    private static final String ACCOUNT_FORMAT_KEY = "crm.validation.account.format";
    private static final String ACCOUNT_CHECKSUM_KEY = "crm.validation.account.checksum";

    private static final int BIK_LENGTH = 9;
    private static final int ACCOUNT_LENGTH = 20;
    private static final String CORRESPONDENT_ACCOUNT_PREFIX = "30101";
    private static final String TREASURY_ACCOUNT_PREFIX = "03";
    private static final Set<String> BANK_OF_RUSSIA_BIK_SUFFIXES = Set.of("000", "001", "002");
    private static final int[] WEIGHTS =
            {7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1};

    private BankAccountNumber() {
    }

    /**
     * Checks a BIK / account pair as entered (values are not trimmed).
     *
     * <p>A blank value means "not filled in" and is not reported; whether it is required is the
     * caller's decision. The control key is only verified when both values are well-formed and
     * the account is not a treasury account.
     *
     * @param fieldPrefix JSON path prefix of the bank account object including the trailing dot,
     *                    e.g. {@code "bankAccounts[0]."}; {@code ""} for top-level fields
     * @param bik         the bank's BIK (БИК), 9 digits
     * @param account     the account number (расчётный счёт), 20 digits
     * @return the violations found (fields {@code fieldPrefix + "bik"} and
     *         {@code fieldPrefix + "account"}), empty if none; unmodifiable
     */
    public static List<RequisiteViolation> check(String fieldPrefix, String bik, String account) {
        Objects.requireNonNull(fieldPrefix, "fieldPrefix");
        List<RequisiteViolation> violations = new ArrayList<>(2);
        boolean bikFilled = bik != null && !bik.isBlank();
        boolean accountFilled = account != null && !account.isBlank();
        boolean bikWellFormed = isDigits(bik, BIK_LENGTH);
        boolean accountWellFormed = isDigits(account, ACCOUNT_LENGTH);
        if (bikFilled && !bikWellFormed) {
            violations.add(new RequisiteViolation(fieldPrefix + BIK_FIELD, BIK_FORMAT_KEY));
        }
        if (accountFilled && !accountWellFormed) {
            violations.add(new RequisiteViolation(fieldPrefix + ACCOUNT_FIELD, ACCOUNT_FORMAT_KEY));
        }
        if (bikWellFormed && accountWellFormed
                && !account.startsWith(TREASURY_ACCOUNT_PREFIX)
                && !controlKeyMatches(bik, account)) {
            violations.add(
                    new RequisiteViolation(fieldPrefix + ACCOUNT_FIELD, ACCOUNT_CHECKSUM_KEY));
        }
        return List.copyOf(violations);
    }

    private static boolean isDigits(String value, int length) {
        return value != null && value.length() == length && Digits.allDigits(value);
    }

    private static boolean controlKeyMatches(String bik, String account) {
        int[] digits = Digits.of(conditionalNumber(bik, account) + account);
        return Digits.weightedSum(digits, WEIGHTS) % 10 == 0;
    }

    private static String conditionalNumber(String bik, String account) {
        boolean heldByBankOfRussia = account.startsWith(CORRESPONDENT_ACCOUNT_PREFIX)
                || BANK_OF_RUSSIA_BIK_SUFFIXES.contains(bik.substring(6));
        return heldByBankOfRussia ? "0" + bik.substring(4, 6) : bik.substring(6);
    }
}

package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountNumberTest {

    private static final String PREFIX = "bankAccounts[0].";
    private static final String SBERBANK_BIK = "044525225";

    private static final RequisiteViolation BIK_FORMAT =
            new RequisiteViolation("bankAccounts[0].bik", "crm.validation.bik.format");
    private static final RequisiteViolation ACCOUNT_FORMAT =
            new RequisiteViolation("bankAccounts[0].account", "crm.validation.account.format");
    private static final RequisiteViolation ACCOUNT_CHECKSUM =
            new RequisiteViolation("bankAccounts[0].account", "crm.validation.account.checksum");

    @ParameterizedTest
    @CsvSource({
            // settlement accounts of counterparties in /work/shared/samples/1c/bankexchange/*.txt
            "044525225, 40702810938120061991",
            "044525555, 40706810900000064381",
            "049401601, 40702810268000009529",
            "044525411, 40702810000000074935",
            "044525411, 47422810119484000074",
            "047102651, 40702810267020000630",
            // Bank of Russia 515 appendix, example 3: client of the credit institution with BIK 049805746
            "049805746, 40602810700000000025",
    })
    void acceptsRealClientAccounts(String bik, String account) {
        assertEquals(List.of(), BankAccountNumber.check(PREFIX, bik, account));
    }

    @ParameterizedTest
    @CsvSource({
            "044525225, 30101810400000000225", // ПАО Сбербанк
            // banks' correspondent accounts in /work/shared/samples/1c/bankexchange/*.txt
            "044525555, 30101810400000000555",
            "044525411, 30101810145250000411",
            "049401601, 30101810400000000601",
            "045773883, 30101810500000000883",
            "044525176, 30101810300000000176",
            "044030861, 30101810800000000861",
            "047102651, 30101810800000000651",
            // Bank of Russia 515 appendix, example 1: with the RKC's BIK and with the bank's own BIK
            "049805000, 30101810800000000746",
            "049805746, 30101810800000000746",
    })
    void acceptsRealCorrespondentAccounts(String bik, String account) {
        // Checking these with the last three BIK digits, as for client accounts, would reject them all.
        assertEquals(List.of(), BankAccountNumber.check(PREFIX, bik, account));
    }

    @ParameterizedTest
    @ValueSource(strings = {"040305000", "040305001", "040305002"})
    void accountsHeldByBankOfRussiaDivisionUseSettlementCentreNumber(String bik) {
        // Bank of Russia 515 appendix, example 2: account 40102810100000010001 in the RKC with BIK
        // 040305000, conditional number "0" + BIK digits 5-6 = 005
        assertEquals(List.of(), BankAccountNumber.check(PREFIX, bik, "40102810100000010001"));
    }

    @ParameterizedTest
    @CsvSource({
            "004525988, 03100643000000017300", // УФК по г. Москве
            "024501901, 03100643000000019500", // Операционный департамент Банка России // МОУФК
            "017003983, 03100643000000018500", // ФНС, единый налоговый платёж
            "012520101, 03100643000000013400", // УФК по Иркутской области
    })
    void acceptsTreasuryAccountsWhichCarryNoControlKey(String bik, String account) {
        assertEquals(List.of(), BankAccountNumber.check(PREFIX, bik, account));
    }

    @Test
    void stillChecksTreasuryAccountFormat() {
        assertEquals(List.of(ACCOUNT_FORMAT),
                BankAccountNumber.check(PREFIX, "004525988", "0310064300000001730"));
    }

    @Test
    void acceptsKeyFoundByBruteForce() {
        String account = withControlKey(SBERBANK_BIK, "40702810938000000000");
        assertEquals("40702810638000000000", account);
        assertEquals(List.of(), BankAccountNumber.check(PREFIX, SBERBANK_BIK, account));
    }

    @Test
    void exactlyOneKeyDigitFitsAnAccount() {
        List<Integer> fitting = IntStream.rangeClosed(0, 9)
                .filter(key -> BankAccountNumber.check(PREFIX, SBERBANK_BIK,
                        "40702810" + key + "38000000000").isEmpty())
                .boxed()
                .toList();
        assertEquals(List.of(6), fitting);
    }

    @Test
    void detectsEverySingleDigitTypo() {
        // weights 1, 3 and 7 are coprime with 10, so any one changed digit changes the sum mod 10
        String valid = "40702810938120061991";
        for (int position = 0; position < valid.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertEquals(List.of(ACCOUNT_CHECKSUM),
                        BankAccountNumber.check(PREFIX, SBERBANK_BIK, typo), typo);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "044525555, 40702810938120061991", // Sberbank client account paired with another bank
            "044525225, 40702810938000000000", // right shape, key not computed
            "044525225, 40702819838120061991", // two digits swapped around the key
            "044525225, 30101810400000000226", // Sberbank correspondent account, last digit changed
            "040305000, 40102810300000010001", // RKC account checked with the last BIK digits (000)
    })
    void rejectsWrongControlKey(String bik, String account) {
        assertEquals(List.of(ACCOUNT_CHECKSUM), BankAccountNumber.check(PREFIX, bik, account));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04452522", "0445252250", "04452522S", "044 525 225", " 044525225", "БИК"})
    void rejectsMalformedBikWithoutCheckingTheKey(String bik) {
        assertEquals(List.of(BIK_FORMAT),
                BankAccountNumber.check(PREFIX, bik, "40702810938120061991"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4070281093812006199", "407028109381200619910", "40702.810.9.3812.0061991",
            "4070281093812006199O", "40702810938120061991 ", "407 028 109 381 200 619 91"
    })
    void rejectsMalformedAccount(String account) {
        assertEquals(List.of(ACCOUNT_FORMAT),
                BankAccountNumber.check(PREFIX, SBERBANK_BIK, account));
    }

    @Test
    void reportsBothMalformedValues() {
        assertEquals(List.of(BIK_FORMAT, ACCOUNT_FORMAT),
                BankAccountNumber.check(PREFIX, "04452522", "4070281093812006199"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankValuesAreNotReported(String blank) {
        assertEquals(List.of(), BankAccountNumber.check(PREFIX, blank, blank));
        assertEquals(List.of(), BankAccountNumber.check(PREFIX, blank, "40702810938000000000"));
        assertEquals(List.of(), BankAccountNumber.check(PREFIX, SBERBANK_BIK, blank));
        assertEquals(List.of(ACCOUNT_FORMAT), BankAccountNumber.check(PREFIX, blank, "123"));
        assertEquals(List.of(BIK_FORMAT), BankAccountNumber.check(PREFIX, "123", blank));
    }

    @Test
    void fieldNamesFollowThePrefix() {
        assertEquals(List.of(new RequisiteViolation("account", "crm.validation.account.checksum")),
                BankAccountNumber.check("", SBERBANK_BIK, "40702810938000000000"));
        assertEquals(List.of(new RequisiteViolation("bankAccounts[3].bik", "crm.validation.bik.format")),
                BankAccountNumber.check("bankAccounts[3].", "x", null));
    }

    @Test
    void resultIsUnmodifiable() {
        List<RequisiteViolation> violations = BankAccountNumber.check(PREFIX, "x", "y");
        assertThrows(UnsupportedOperationException.class, violations::clear);
    }

    @Test
    void prefixIsRequired() {
        assertThrows(NullPointerException.class,
                () -> BankAccountNumber.check(null, SBERBANK_BIK, "40702810938120061991"));
    }

    /**
     * Test-data generator: puts into position 9 of {@code account} the one digit that makes the
     * Bank of Russia control sum (last three BIK digits + account, weights 7-1-3) end in 0.
     * Written independently of the production code; for client accounts of credit institutions only.
     */
    private static String withControlKey(String bik, String account) {
        int[] weights = {7, 1, 3};
        for (char key = '0'; key <= '9'; key++) {
            String candidate = account.substring(0, 8) + key + account.substring(9);
            String digits = bik.substring(6) + candidate;
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                sum += (digits.charAt(i) - '0') * weights[i % 3];
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no control key fits " + account);
    }
}

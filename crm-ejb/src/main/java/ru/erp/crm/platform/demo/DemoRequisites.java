package ru.erp.crm.platform.demo;

import java.util.Random;
import java.util.function.Predicate;
import ru.erp.crm.customer.entity.BankAccountNumber;
import ru.erp.crm.customer.entity.Inn;
import ru.erp.crm.customer.entity.Ogrn;

/**
 * Plausible requisites for demo and benchmark data. The check digit is found by asking the
 * validators, so the algorithm lives in one place only.
 */
public final class DemoRequisites {

    private final Random random;

    public DemoRequisites(long seed) {
        this.random = new Random(seed);
    }

    /** A valid 10-digit INN of a legal entity, from a region code and a running number. */
    public String organizationInn(int region, long number) {
        String body = String.format("%02d%02d%05d", region % 100, 1 + random.nextInt(50), number % 100_000);
        return withCheckDigit(body, candidate -> Inn.check(candidate).isEmpty());
    }

    /** A valid 12-digit INN of a person. */
    public String personInn(int region, long number) {
        String body = String.format("%02d%02d%06d", region % 100, 1 + random.nextInt(50), number % 1_000_000);
        for (int first = 0; first < 10; first++) {
            for (int second = 0; second < 10; second++) {
                String candidate = body + first + second;
                if (Inn.check(candidate).isEmpty()) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No check digits for " + body);
    }

    public String kpp(String inn, boolean branch) {
        return inn.substring(0, 4) + (branch ? "02" : "01") + "001";
    }

    public String ogrn(String inn, long number) {
        String body = String.format("1%02d77%s%05d", 2 + random.nextInt(20), inn.substring(0, 2), number % 100_000);
        return withCheckDigit(body, candidate -> Ogrn.check(candidate).isEmpty());
    }

    /** A settlement account in roubles (40702810…) whose control key fits the BIK. */
    public String settlementAccount(String bik, long number) {
        String tail = String.format("%011d", number % 100_000_000_000L);
        for (int key = 0; key < 10; key++) {
            String candidate = "40702810" + key + tail;
            if (BankAccountNumber.check("", bik, candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No control key for " + tail);
    }

    private static String withCheckDigit(String body, Predicate<String> valid) {
        for (int digit = 0; digit < 10; digit++) {
            String candidate = body + digit;
            if (valid.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No check digit for " + body);
    }
}

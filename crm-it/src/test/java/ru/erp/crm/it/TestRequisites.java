package ru.erp.crm.it;

import java.util.concurrent.ThreadLocalRandom;
import ru.erp.crm.customer.entity.Inn;
import ru.erp.crm.customer.entity.Ogrn;

/** Fresh valid requisites for each test, so tests never collide with each other or with demo data. */
public final class TestRequisites {

    private TestRequisites() {
    }

    public static String organizationInn() {
        return withCheckDigit("99" + digits(7), candidate -> Inn.check(candidate).isEmpty());
    }

    public static String ogrn() {
        return withCheckDigit("1" + digits(11), candidate -> Ogrn.check(candidate).isEmpty());
    }

    /** A Moscow mobile number nobody in the demo data has. */
    public static String phone() {
        return "+7 999 " + digits(3) + " " + digits(2) + " " + digits(2);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private static String withCheckDigit(String body, java.util.function.Predicate<String> valid) {
        for (int digit = 0; digit < 10; digit++) {
            if (valid.test(body + digit)) {
                return body + digit;
            }
        }
        return withCheckDigit(body.substring(0, body.length() - 1) + ThreadLocalRandom.current().nextInt(10), valid);
    }
}

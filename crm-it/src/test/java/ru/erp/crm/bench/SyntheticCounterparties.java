package ru.erp.crm.bench;

import java.util.UUID;
import ru.erp.crm.customer.entity.Inn;

/**
 * The synthetic 1C counterparties of the benchmark: row {@code i} is always the same organisation,
 * so the CommerceML files, the raw JDBC rows and the search queries agree without keeping a
 * million records in memory. INNs are unique 10-digit legal-entity INNs with a valid check digit,
 * phones unique mobile numbers, names "ООО «Adjective Noun i»" (so a name prefix such as
 * "Северная Зве" matches about rows/900 records, like a typed-ahead company name).
 */
final class SyntheticCounterparties {

    static final String[] ADJECTIVES = {
            "Северная", "Южная", "Восточная", "Западная", "Новая", "Старая", "Большая", "Малая", "Белая",
            "Красная", "Зеленая", "Синяя", "Золотая", "Серебряная", "Быстрая", "Тихая", "Ясная", "Светлая",
            "Прямая", "Верная", "Первая", "Главная", "Центральная", "Речная", "Лесная", "Горная", "Морская",
            "Степная", "Полярная", "Торговая"};
    static final String[] NOUNS = {
            "Звезда", "Линия", "Компания", "Группа", "Марка", "Волна", "Точка", "Гавань", "Долина", "Роща",
            "Пристань", "Слобода", "Мануфактура", "Артель", "Фабрика", "Мельница", "Пекарня", "Кузница",
            "Лавка", "Ярмарка", "Пасека", "Ферма", "Усадьба", "Станция", "Магистраль", "Логистика", "Торговля",
            "Сеть", "Система", "Энергия"};

    private static final long GUID_HIGH = 0x6c1e_0000_4000_8000L;

    private SyntheticCounterparties() {
    }

    static String guid(long i) {
        return new UUID(GUID_HIGH, mix(i)).toString();
    }

    /** A bijective scramble, so GUIDs do not arrive in index order (as 1C's random GUIDs do not). */
    private static long mix(long i) {
        long z = i + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** "77" + 7 digits of i + check digit, found by asking the product's own {@link Inn#check}. */
    static String inn(long i) {
        String base = "77" + String.format("%07d", i);
        for (int digit = 0; digit <= 9; digit++) {
            String candidate = base + digit;
            if (Inn.check(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No check digit for " + base);
    }

    static String kpp(long i) {
        return "770101001";
    }

    static String adjective(long i) {
        return ADJECTIVES[(int) (i % ADJECTIVES.length)];
    }

    static String noun(long i) {
        return NOUNS[(int) ((i / ADJECTIVES.length) % NOUNS.length)];
    }

    static String name(long i) {
        return "ООО «" + adjective(i) + " " + noun(i) + " " + i + "»";
    }

    static String fullName(long i) {
        return "Общество с ограниченной ответственностью «" + adjective(i) + " " + noun(i) + " " + i + "»";
    }

    /** The name prefix a user would type for row i: the first word and three letters of the second. */
    static String namePrefix(long i) {
        return adjective(i) + " " + noun(i).substring(0, 3);
    }

    /** National number 9xx xxx xx xx, unique per row (i below 10^9). */
    static long phoneDigits(long i) {
        return 9_000_000_000L + i;
    }

    static String phone(long i) {
        String d = Long.toString(phoneDigits(i));
        return "+7 (" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6, 8) + "-" + d.substring(8, 10);
    }

    static String phoneNormalized(long i) {
        return "+7" + phoneDigits(i);
    }

    static String email(long i) {
        return "info" + i + "@bench.example";
    }
}

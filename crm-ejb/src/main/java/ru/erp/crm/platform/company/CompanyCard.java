package ru.erp.crm.platform.company;

import java.util.function.UnaryOperator;

/**
 * Our own company's requisites as print forms show them in the letterhead. Configured per
 * installation by system properties {@code crm.company.name}, {@code .inn}, {@code .kpp},
 * {@code .address}, {@code .phone}, {@code .bank}, {@code .bik}, {@code .account},
 * {@code .correspondentAccount} (or environment variables {@code CRM_COMPANY_NAME} and so on);
 * what is not configured keeps a demo value, so a fresh installation prints a complete form.
 */
public record CompanyCard(String name, String inn, String kpp, String address, String phone, String bankName,
                          String bik, String account, String correspondentAccount) {

    public static CompanyCard demo() {
        return new CompanyCard("ООО «Демо-Торг»", "7701234567", "770101001", "123456, г. Москва, ул. Примерная, д. 1",
                "+7 495 000-00-00", "АО «Демо-Банк»", "044525999", "40702810900000000001", "30101810400000000999");
    }

    /** The configured card, with demo values for what is not configured. */
    public static CompanyCard fromEnvironment() {
        return configured(key -> {
            String property = System.getProperty("crm.company." + key);
            return property != null ? property
                    : System.getenv("CRM_COMPANY_" + key.replaceAll("([A-Z])", "_$1").toUpperCase());
        });
    }

    static CompanyCard configured(UnaryOperator<String> setting) {
        CompanyCard demo = demo();
        return new CompanyCard(or(setting.apply("name"), demo.name), or(setting.apply("inn"), demo.inn),
                or(setting.apply("kpp"), demo.kpp), or(setting.apply("address"), demo.address),
                or(setting.apply("phone"), demo.phone), or(setting.apply("bank"), demo.bankName),
                or(setting.apply("bik"), demo.bik), or(setting.apply("account"), demo.account),
                or(setting.apply("correspondentAccount"), demo.correspondentAccount));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}

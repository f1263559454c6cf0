package ru.erp.crm.integration.onec.counterparties;

/**
 * One way to reach a counterparty, from {@code Контакты/Контакт} ({@code Тип} + {@code Значение}).
 *
 * @param kind  1C contact type, e.g. {@code Телефон рабочий} or {@code Почта}; null when 1C omitted it
 * @param value the phone number, e-mail address etc.; never null
 */
public record ContactRecord(String kind, String value) {
}

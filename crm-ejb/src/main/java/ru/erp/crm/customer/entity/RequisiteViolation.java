package ru.erp.crm.customer.entity;

import java.util.Objects;

/**
 * One problem found in a counterparty's requisites.
 *
 * <p>The validators return this instead of a ready-made text so that the REST layer can point the
 * client at the offending JSON property and translate the message itself: {@code field} is the
 * property path as it appears in the request body (e.g. {@code "inn"},
 * {@code "bankAccounts[0].account"}), {@code messageKey} is a key of the
 * {@code ValidationMessages} resource bundle.
 *
 * @param field      JSON property path of the invalid value
 * @param messageKey {@code ValidationMessages} key describing the problem
 */
public record RequisiteViolation(String field, String messageKey) {

    public RequisiteViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
    }
}

package ru.erp.crm.platform.problem;

import java.util.List;

/**
 * What is wrong with one field of a request: the field as the client named it, a message key of
 * the {@code ValidationMessages} bundle, and the arguments the message is formatted with.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public Violation(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }

    public Violation {
        arguments = List.copyOf(arguments);
    }
}

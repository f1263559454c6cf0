package ru.erp.crm.platform.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A well-formed request that a business rule refuses (answered 422). */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}

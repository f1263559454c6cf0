package ru.erp.crm.platform.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A well-formed request that a business rule refuses (answered 422). A rule about one part of the
 * request names it ({@link #onField}), so clients can show the message next to that field.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        this(null, messageKey, List.of(arguments));
    }

    private RuleViolationException(String field, String messageKey, List<Object> arguments) {
        super((field == null ? "" : field + ": ") + messageKey + " " + arguments);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A rule broken by one field of the request, as the client named it ({@code entries}, {@code entries[2].amount}). */
    public static RuleViolationException onField(String field, String messageKey, Object... arguments) {
        return new RuleViolationException(field, messageKey, List.of(arguments));
    }

    /** The request's field that broke the rule, or null when the rule is about the record as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}

package ru.erp.crm.platform.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The request clashes with what is stored (a duplicate, a stale version); answered 409. The
 * message key and arguments are localised for the client.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;
    private final Long existingId;

    public ConflictException(String messageKey, Long existingId, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.existingId = existingId;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The stored record the request clashes with, when there is one. */
    public Long existingId() {
        return existingId;
    }
}

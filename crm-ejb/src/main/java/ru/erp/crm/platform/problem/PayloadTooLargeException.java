package ru.erp.crm.platform.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A file or body larger than the server takes (answered 413); the message names the limit. Thrown
 * as soon as the limit is passed, so the rest of an oversized upload is never stored.
 */
@ApplicationException(rollback = true)
public class PayloadTooLargeException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public PayloadTooLargeException(String messageKey, Object... arguments) {
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

package ru.erp.crm.platform.problem;

import jakarta.ejb.ApplicationException;

/** The caller may see the record but not do this to it (answered 403). */
@ApplicationException(rollback = true)
public class ForbiddenOperationException extends RuntimeException {

    private final String messageKey;

    public ForbiddenOperationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

package ru.erp.crm.platform.problem;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record since the client read it. */
@ApplicationException(rollback = true)
public class StaleVersionException extends ConflictException {

    public StaleVersionException(String entity, Long id, long expected, long actual) {
        super("crm.conflict.version", id, entity, String.valueOf(id), String.valueOf(expected), String.valueOf(actual));
    }
}

package ru.erp.crm.platform.problem;

import jakarta.ejb.ApplicationException;

/**
 * No such record, or one the caller may not see: both answer the same 404 so that access rules
 * never reveal what exists.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private final String entity;
    private final Object id;

    public RecordNotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }
}

package ru.erp.crm.catalog.entity;

/**
 * Catalogue data that breaks a rule of the catalogue (a missing name, a text too long for its
 * column, a negative price). The import refuses the element with this message as the reason and
 * goes on with the rest of the batch, so it is thrown before anything is changed.
 */
public class InvalidCatalogDataException extends RuntimeException {

    public InvalidCatalogDataException(String reason) {
        super(reason);
    }
}

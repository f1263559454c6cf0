package ru.erp.crm.catalog.entity;

/** The catalogue's rules for texts: trimmed, blank means absent, and never longer than the column. */
final class Texts {

    private Texts() {
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new InvalidCatalogDataException(field + " is longer than " + maxLength + " characters");
        }
        return text;
    }

    static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new InvalidCatalogDataException("missing " + field);
        }
        return text;
    }
}

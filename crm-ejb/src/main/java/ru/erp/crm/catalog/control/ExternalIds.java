package ru.erp.crm.catalog.control;

/** The partner's Ид as the catalogue compares and stores it. */
final class ExternalIds {

    private ExternalIds() {
    }

    /** Trimmed; a blank Ид is no Ид (null). */
    static String clean(String externalId) {
        return externalId == null || externalId.isBlank() ? null : externalId.strip();
    }
}

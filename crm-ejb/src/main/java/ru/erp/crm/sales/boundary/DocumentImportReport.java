package ru.erp.crm.sales.boundary;

import java.util.List;

/**
 * What one batch of 1C documents did: applied (an order, invoice or shipment created or changed),
 * skipped (the same content was applied before: the document's Ид and content hash are stored),
 * and refused with the reason.
 */
public record DocumentImportReport(int read, int applied, int skipped, List<DocumentFailure> failures) {

    public DocumentImportReport {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    /** A document that was not applied: where it stood, its Ид and what was wrong with it. */
    public record DocumentFailure(String position, String externalId, String reason) {
    }
}

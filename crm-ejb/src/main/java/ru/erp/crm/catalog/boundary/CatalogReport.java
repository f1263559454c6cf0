package ru.erp.crm.catalog.boundary;

import java.util.List;

/**
 * What one batch of catalogue elements did: applied (created or changed), skipped (the same
 * content was applied before: the element's Ид and content hash are already stored), and
 * refused with the reason.
 */
public record CatalogReport(int read, int applied, int skipped, List<ElementFailure> failures) {

    public CatalogReport {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    /** An element that was not applied: where it stood, its Ид and what was wrong with it. */
    public record ElementFailure(String position, String externalId, String reason) {
    }
}

package ru.erp.crm.customer.boundary;

import java.util.List;

/** What one batch of an import did: how many records were created, updated, or refused and why. */
public record ImportReport(int created, int updated, List<ElementFailure> failures) {

    public ImportReport {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    /** An element that was not applied: where it stood and what was wrong with it. */
    public record ElementFailure(String position, String externalId, String reason) {
    }
}

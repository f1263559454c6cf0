package ru.erp.crm.finance.boundary;

import java.util.List;

/**
 * What one batch of a bank statement did. {@code read} counts the documents and unreadable
 * elements (statement headers are not counted) and equals applied + skipped + failed. Applied:
 * recorded as a new incoming payment (matched or queued). Skipped: outgoing (not paid into one of
 * the statement's accounts) or already recorded (the same document key).
 */
public record PaymentReport(int read, int applied, int skipped, List<ElementFailure> failures) {

    public PaymentReport {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    /** A document that was refused: where it stood, its number, and why. */
    public record ElementFailure(String position, String elementId, String reason) {
    }
}

package ru.erp.crm.sales.control;

/**
 * A 1C document that cannot be applied, and why. Caught per document inside the batch: the
 * document becomes a failure entry of the batch's report, and the rest of the batch applies.
 */
public class DocumentRefused extends RuntimeException {

    public DocumentRefused(String reason) {
        super(reason);
    }
}

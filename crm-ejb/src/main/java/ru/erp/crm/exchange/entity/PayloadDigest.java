package ru.erp.crm.exchange.entity;

/**
 * What the journal records of a payload besides its bytes: the uncompressed size and its SHA-256
 * in lower-case hex, so a download can be checked against what arrived.
 */
public record PayloadDigest(long size, String sha256) {

    public PayloadDigest {
        if (size < 0) {
            throw new IllegalArgumentException("Negative payload size " + size);
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 in hex: " + sha256);
        }
    }

    /** The idempotency key of a message whose sender gave none: the same content is the same message. */
    public String contentKey() {
        return "sha256:" + sha256;
    }
}

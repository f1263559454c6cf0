package ru.erp.crm.sales.rest;

/**
 * The JSON body of confirming or cancelling an order: the version the client read (or If-Match),
 * and for a cancellation its reason.
 */
public record OrderActionRequest(Long version, String reason) {
}

package ru.erp.crm.sales.entity;

import java.time.LocalDate;

/**
 * What a 1C document says about an order's state; null wherever 1C said nothing, which leaves
 * the order's value as it is.
 *
 * @param documentId     1C's Ид of its document
 * @param documentNumber 1C's Номер of its document
 */
public record OneCOrderState(String documentId, String documentNumber, Boolean posted, Boolean paid,
                             LocalDate paidOn, String paymentNumber, Boolean shipmentAllowed, Boolean cancelled,
                             Boolean finalStatus, String statusText, String shipmentNumber, LocalDate shipmentDate) {
}

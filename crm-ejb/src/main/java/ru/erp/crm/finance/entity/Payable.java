package ru.erp.crm.finance.entity;

import java.math.BigDecimal;

/**
 * What the payment matcher needs to know of an invoice: its number and what is still open. Both the
 * {@link Invoice} entity and a plain value read for matching a whole statement batch answer it, so
 * the batch need not manage every candidate invoice as an entity to pay a tenth of them.
 */
public interface Payable {

    String number();

    BigDecimal openAmount();

    boolean isOpen();
}

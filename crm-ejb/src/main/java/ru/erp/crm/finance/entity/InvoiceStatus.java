package ru.erp.crm.finance.entity;

import java.util.EnumSet;
import java.util.Set;

/** How far an invoice is paid. UNPAID and PARTLY_PAID invoices are open: they expect money. */
public enum InvoiceStatus {
    UNPAID, PARTLY_PAID, PAID, CANCELLED;

    public static final Set<InvoiceStatus> OPEN = EnumSet.of(UNPAID, PARTLY_PAID);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

package ru.erp.crm.exchange.boundary;

/** Where outbox entries go; each destination is read by one exchange. */
public final class OutboxDestinations {

    /** Confirmed and changed orders that 1C pulls with {@code type=sale&mode=query}. */
    public static final String ONE_C_SITE = "1c-site-orders";

    /** Shipment requests a route puts on the logistics queue. */
    public static final String LOGISTICS = "logistics-shipments";

    private OutboxDestinations() {
    }
}

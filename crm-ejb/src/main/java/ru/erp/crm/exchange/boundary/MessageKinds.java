package ru.erp.crm.exchange.boundary;

/**
 * The kinds of journal messages: the endpoint that receives a message journals it under its
 * kind, and the route that applies that kind claims it from the journal.
 */
public final class MessageKinds {

    /** CommerceML catalogue files from 1C: import, offers, prices, rests. */
    public static final String ONE_C_CATALOG = "1c-catalog";

    /** CommerceML files with counterparties (Контрагенты) dropped into the 1C inbox folder. */
    public static final String ONE_C_COUNTERPARTIES = "1c-counterparties";

    /** Bank statements in 1CClientBankExchange format, from a bank channel's folder or an upload. */
    public static final String BANK_STATEMENT = "bank-statement";

    /**
     * CommerceML documents from 1C ({@code type=sale&mode=file}): orders with their status changes,
     * invoices, shipments.
     */
    public static final String ONE_C_DOCUMENTS = "1c-documents";

    /** Outbound: the orders handed to 1C in one answer to {@code type=sale&mode=query}. */
    public static final String ONE_C_ORDERS = "1c-orders";

    /** Outbound: a shipment request for a confirmed order, sent to the logistics queue. */
    public static final String SHIPMENT_REQUEST = "shipment-request";

    /** Shipment status messages from the logistics queue. */
    public static final String SHIPMENT_STATUS = "shipment-status";

    private MessageKinds() {
    }
}

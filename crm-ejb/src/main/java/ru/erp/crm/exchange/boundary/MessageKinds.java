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

    private MessageKinds() {
    }
}

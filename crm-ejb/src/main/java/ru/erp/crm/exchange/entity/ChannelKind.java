package ru.erp.crm.exchange.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a channel exchanges with, which decides the settings it cannot work without. */
public enum ChannelKind {
    /** 1C's "exchange with a site" protocol over HTTP: 1C logs in and uploads CommerceML. */
    ONE_C_SITE,
    /** Files 1C (or anyone) drops into a folder. */
    FOLDER_DROP,
    /** Bank statement files (1CClientBankExchange) in a folder. */
    BANK_STATEMENTS,
    /** Shipment messages from the logistics system on a JMS queue. */
    LOGISTICS_QUEUE,
    /** Orders the CRM sends to the ERP through a JMS queue. */
    OUTBOUND_ORDERS;

    public boolean needsCredentials() {
        return this == ONE_C_SITE;
    }

    public boolean needsFolder() {
        return this == FOLDER_DROP || this == BANK_STATEMENTS;
    }

    public boolean needsQueue() {
        return this == LOGISTICS_QUEUE || this == OUTBOUND_ORDERS;
    }

    /** The kind a client named, case and surrounding blanks ignored. */
    public static Optional<ChannelKind> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.name().equals(wanted)).findFirst();
    }
}

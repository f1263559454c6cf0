package ru.erp.crm.integration.onec.counterparties;

import java.util.HashSet;
import java.util.Set;
import ru.erp.crm.exchange.boundary.ExchangeInbox;

/** An in-memory inbox for route tests: the message keys taken as applied. */
class RecordingInbox extends ExchangeInbox {

    private final Set<String> applied = new HashSet<>();

    synchronized void applied(String messageKey) {
        applied.add(messageKey);
    }

    @Override
    public synchronized boolean alreadyApplied(String channel, String messageKey) {
        return applied.contains(messageKey);
    }
}

package ru.erp.crm.integration.onec.counterparties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.erp.crm.exchange.boundary.ExchangeInbox;

/** An in-memory inbox for route tests: the message keys taken as applied, and the failures recorded. */
class RecordingInbox extends ExchangeInbox {

    /** One {@code recordFailure} call. */
    record Failure(String channel, String sourceName, String position, String reason) {
    }

    private final Set<String> applied = new HashSet<>();
    final List<Failure> failures = new ArrayList<>();

    synchronized void applied(String messageKey) {
        applied.add(messageKey);
    }

    @Override
    public synchronized boolean alreadyApplied(String channel, String messageKey) {
        return applied.contains(messageKey);
    }

    @Override
    public synchronized void recordFailure(String channel, String sourceName, String position, String reason) {
        failures.add(new Failure(channel, sourceName, position, reason));
    }
}

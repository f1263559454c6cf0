package ru.erp.crm.exchange.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import ru.erp.crm.exchange.boundary.SiteChannel;

/**
 * One 1C conversation after a successful {@code checkauth}: the channel it authenticated as,
 * its upload folder, and which journal message each imported file became, so that 1C's repeated
 * {@code mode=import} calls follow that message until it ends.
 */
public final class ExchangeSession {

    private final String token;
    private final SiteChannel channel;
    private final UploadArea uploads;
    private final Map<String, Long> importedFiles = new ConcurrentHashMap<>();
    private final List<HandOut> handOuts = new CopyOnWriteArrayList<>();
    private volatile Instant lastUsed;

    ExchangeSession(String token, SiteChannel channel, UploadArea uploads, Instant now) {
        this.token = token;
        this.channel = channel;
        this.uploads = uploads;
        this.lastUsed = now;
    }

    String token() {
        return token;
    }

    SiteChannel channel() {
        return channel;
    }

    UploadArea uploads() {
        return uploads;
    }

    Optional<Long> messageOf(String fileName) {
        return Optional.ofNullable(importedFiles.get(fileName));
    }

    void remember(String fileName, long messageId) {
        importedFiles.put(fileName, messageId);
    }

    /** Orders handed to 1C by a {@code type=sale&mode=query}, journaled as that message. */
    void handedOut(long messageId, int orders) {
        handOuts.add(new HandOut(messageId, orders));
    }

    /** The hand-outs since the last {@code mode=success}, forgotten as they are taken. */
    List<HandOut> takeHandOuts() {
        List<HandOut> taken = List.copyOf(handOuts);
        handOuts.removeAll(taken);
        return taken;
    }

    void touch(Instant now) {
        lastUsed = now;
    }

    boolean idleSince(Instant limit) {
        return lastUsed.isBefore(limit);
    }

    record HandOut(long messageId, int orders) {
    }
}

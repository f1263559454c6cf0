package ru.erp.crm.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that must leave the CRM: an aggregate's version for one destination, written in the
 * transaction of the business change, so a change is never lost and nothing is sent for a change
 * that rolled back.
 *
 * <pre>
 * PENDING ──handOut(token)──► HANDED_OUT ──confirm / sent──► SENT
 *    ▲                            │
 *    └───────failed (attempt < 5)─┘ failed (5th attempt) ──► FAILED
 * PENDING | HANDED_OUT ──withdraw──► FAILED (with the reason) ──sent (it had left)──► SENT
 * </pre>
 *
 * A pulling receiver (1C's query) gets PENDING entries and those it was handed before without
 * confirming them; a pushing route claims PENDING entries and those whose claim is older than a
 * lease (the route that claimed them died). Rows have no version: every change happens under a
 * pessimistic lock taken by {@code Outbox}.
 */
@Entity
@Table(name = "outbox_entry")
public class OutboxEntry {

    /** A push delivery that failed this many times is given up. */
    public static final int MAX_ATTEMPTS = 5;

    static final int ERROR_LENGTH = 2000;
    static final int TOKEN_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "outbox_entry_seq", sequenceName = "outbox_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_entry_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String destination;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    private long aggregateId;

    @Column(name = "aggregate_version", nullable = false, updatable = false)
    private long aggregateVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(name = "handed_out_token")
    private String handedOutToken;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "handed_out_at")
    private Instant handedOutAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "journal_message_id")
    private Long journalMessageId;

    protected OutboxEntry() {
    }

    public OutboxEntry(String destination, String kind, long aggregateId, long aggregateVersion, Instant now) {
        this.destination = requireText(destination, "destination");
        this.kind = requireText(kind, "kind");
        this.aggregateId = aggregateId;
        this.aggregateVersion = aggregateVersion;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.status = OutboxStatus.PENDING;
    }

    /** Whether a pulling receiver gets it: never delivered, or handed out before without a confirmation. */
    public boolean awaitsPull() {
        return status == OutboxStatus.PENDING || status == OutboxStatus.HANDED_OUT;
    }

    /** Whether a pushing route may claim it: waiting, or claimed longer than {@code lease} ago. */
    public boolean awaitsPush(Instant now, Duration lease) {
        return status == OutboxStatus.PENDING
                || status == OutboxStatus.HANDED_OUT && handedOutAt.isBefore(now.minus(lease));
    }

    /** Handed to a receiver (or claimed by a route) under {@code token}, replacing an earlier token. */
    public void handOut(String token, Instant now) {
        if (!awaitsPull()) {
            throw new IllegalStateException("Outbox entry " + id + " is " + status + ", it cannot be handed out");
        }
        String given = requireText(token, "token");
        if (given.length() > TOKEN_LENGTH) {
            throw new IllegalArgumentException("A token is at most " + TOKEN_LENGTH + " characters: " + given);
        }
        status = OutboxStatus.HANDED_OUT;
        handedOutToken = given;
        handedOutAt = now;
    }

    /**
     * Delivered; {@code journalMessageId} (may be null) names the journaled message that carried
     * it. Confirming it twice changes nothing. An entry withdrawn while its route was sending it
     * did leave after all, so it becomes SENT (its last error still tells of the withdrawal).
     */
    public void sent(Long journalMessageId, Instant now) {
        if (status == OutboxStatus.SENT) {
            return;
        }
        status = OutboxStatus.SENT;
        sentAt = now;
        this.journalMessageId = journalMessageId;
    }

    /**
     * A failed push: tried again at the next poll, given up after {@value #MAX_ATTEMPTS} attempts.
     * A failure reported for an entry that is already SENT or FAILED (withdrawn meanwhile) changes
     * nothing: a late report must not revive it.
     */
    public void failed(String reason) {
        if (status == OutboxStatus.SENT || status == OutboxStatus.FAILED) {
            return;
        }
        attempts++;
        lastError = clip(reason == null || reason.isBlank() ? "unknown failure" : reason.strip());
        handedOutToken = null;
        status = attempts >= MAX_ATTEMPTS ? OutboxStatus.FAILED : OutboxStatus.PENDING;
    }

    /** Taken back before it left, because what it carries no longer holds (a cancelled order). */
    public void withdraw(String reason) {
        if (!awaitsPull()) {
            throw new IllegalStateException("Outbox entry " + id + " is " + status + ", it cannot be withdrawn");
        }
        lastError = clip("withdrawn: " + reason);
        handedOutToken = null;
        status = OutboxStatus.FAILED;
    }

    private static String clip(String text) {
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public String destination() {
        return destination;
    }

    public String kind() {
        return kind;
    }

    public long aggregateId() {
        return aggregateId;
    }

    public long aggregateVersion() {
        return aggregateVersion;
    }

    public OutboxStatus status() {
        return status;
    }

    public String handedOutToken() {
        return handedOutToken;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant handedOutAt() {
        return handedOutAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Long journalMessageId() {
        return journalMessageId;
    }
}

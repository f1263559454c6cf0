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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;

/**
 * One inbound or outbound exchange message in the journal, from its arrival to its outcome.
 *
 * <pre>
 * RECEIVED ──start──► PROCESSING ──finish──► APPLIED | PARTLY_APPLIED | FAILED
 *    ▲                    │ │
 *    └──retryLater────────┘ └──deadLetter──► DEAD_LETTERED ──resolve──► (resolved, stays DEAD_LETTERED)
 *    └──requeue (crash)───┘
 * any finished status ──replay──► REPLAYED, plus a new RECEIVED message with the same payload
 * </pre>
 *
 * Counts accumulate batch by batch while PROCESSING and restart with each attempt: a re-run
 * applies the whole payload again, and the importers' per-element idempotency turns what the
 * earlier attempt applied into skips. The payload itself is not mapped here (it may be hundreds
 * of megabytes); the journal streams it over JDBC.
 */
@Entity
@Table(name = "exchange_message")
public class ExchangeMessage {

    /** A transient failure is retried until the message has been attempted this many times. */
    public static final int MAX_ATTEMPTS = 3;

    static final int SOURCE_NAME_LENGTH = 500;
    static final int REASON_LENGTH = 4000;
    static final int POSITION_LENGTH = 500;
    static final int RESOLUTION_LENGTH = 1000;
    static final int USER_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "exchange_message_seq", sequenceName = "exchange_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_message_seq")
    private Long id;

    @Column(nullable = false)
    private String channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageDirection direction;

    @Column(nullable = false)
    private String kind;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private int attempts;

    @Column(name = "read_count")
    private int readCount;

    @Column(name = "applied_count")
    private int appliedCount;

    @Column(name = "skipped_count")
    private int skippedCount;

    @Column(name = "failed_count")
    private int failedCount;

    private String reason;

    private String position;

    @Column(name = "payload_size", nullable = false)
    private long payloadSize;

    @Column(name = "payload_sha256", nullable = false)
    private String payloadSha256;

    @Column(name = "replay_of_id")
    private Long replayOfId;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    private String resolution;

    @Version
    private long version;

    protected ExchangeMessage() {
    }

    public ExchangeMessage(String channel, MessageDirection direction, String kind, String sourceName,
                           String idempotencyKey, PayloadDigest payload, Instant receivedAt) {
        this.channel = channel;
        this.direction = direction;
        this.kind = kind;
        this.sourceName = clip(sourceName, SOURCE_NAME_LENGTH);
        this.idempotencyKey = idempotencyKey;
        this.payloadSize = payload.size();
        this.payloadSha256 = payload.sha256();
        this.receivedAt = receivedAt;
        this.status = MessageStatus.RECEIVED;
    }

    /** A route takes the message: a new attempt that starts counting from zero. */
    public void start(Instant now) {
        requireStatus(MessageStatus.RECEIVED);
        status = MessageStatus.PROCESSING;
        attempts++;
        startedAt = now;
        finishedAt = null;
        readCount = 0;
        appliedCount = 0;
        skippedCount = 0;
        failedCount = 0;
        reason = null;
        position = null;
    }

    /** Adds one batch's outcome; each failed element counts once. */
    public void recordBatch(int read, int applied, int skipped, int failed) {
        requireStatus(MessageStatus.PROCESSING);
        if (read < 0 || applied < 0 || skipped < 0 || failed < 0) {
            throw new IllegalArgumentException("Negative batch counts: read " + read + ", applied " + applied
                    + ", skipped " + skipped + ", failed " + failed);
        }
        readCount += read;
        appliedCount += applied;
        skippedCount += skipped;
        failedCount += failed;
    }

    /**
     * Ends processing with the outcome the counts tell: nothing failed is APPLIED (an empty
     * message too), some failed beside applied or skipped ones is PARTLY_APPLIED, and only
     * failures is FAILED.
     */
    public void finish(Instant now) {
        requireStatus(MessageStatus.PROCESSING);
        if (failedCount == 0) {
            status = MessageStatus.APPLIED;
        } else if (appliedCount + skippedCount > 0) {
            status = MessageStatus.PARTLY_APPLIED;
        } else {
            status = MessageStatus.FAILED;
        }
        finishedAt = now;
    }

    /**
     * The message as a whole cannot be processed. What earlier batches applied stays applied,
     * and so do their counts. Possible before a route claims it, too (a file refused at the door).
     */
    public void deadLetter(String reason, String position, Instant now) {
        if (status.isFinished()) {
            throw new RuleViolationException("crm.rule.exchange.status", String.valueOf(id), status);
        }
        status = MessageStatus.DEAD_LETTERED;
        this.reason = clip(reason, REASON_LENGTH);
        this.position = clip(position, POSITION_LENGTH);
        finishedAt = now;
    }

    /**
     * A transient fault (a lock, a lost connection): back in the queue for another attempt, or a
     * dead letter once {@value #MAX_ATTEMPTS} attempts have been made.
     */
    public void retryLater(String reason, Instant now) {
        requireStatus(MessageStatus.PROCESSING);
        if (attempts >= MAX_ATTEMPTS) {
            deadLetter(reason, position, now);
        } else {
            status = MessageStatus.RECEIVED;
            this.reason = clip(reason, REASON_LENGTH);
        }
    }

    /** The server stopped while the message was being processed; it runs again from the start. */
    /**
     * An outbound message the partner confirmed as a whole (1C's {@code success} after a sale
     * query): it ends APPLIED with all its elements.
     */
    public void delivered(int elements, Instant now) {
        start(now);
        recordBatch(elements, elements, 0, 0);
        finish(now);
    }

    public void requeue() {
        requireStatus(MessageStatus.PROCESSING);
        status = MessageStatus.RECEIVED;
    }

    /**
     * An administrator runs a finished message again: this one becomes REPLAYED and the returned
     * copy, with the same channel, kind, key and payload, waits for a route. Only once: the copy
     * is what a second replay would take.
     */
    public ExchangeMessage replay(Instant now) {
        if (!status.isFinished()) {
            throw new RuleViolationException("crm.rule.exchange.notFinished", String.valueOf(id), status);
        }
        if (status == MessageStatus.REPLAYED) {
            throw new RuleViolationException("crm.rule.exchange.alreadyReplayed", String.valueOf(id));
        }
        ExchangeMessage copy = new ExchangeMessage(channel, direction, kind, sourceName, idempotencyKey,
                new PayloadDigest(payloadSize, payloadSha256), now);
        copy.replayOfId = id;
        status = MessageStatus.REPLAYED;
        return copy;
    }

    /** An administrator dealt with a dead letter by hand and says how; it then may be purged. */
    public void resolve(String user, String comment, Instant now) {
        if (status != MessageStatus.DEAD_LETTERED) {
            throw new RuleViolationException("crm.rule.exchange.notDeadLetter", String.valueOf(id), status);
        }
        if (resolvedAt != null) {
            throw new RuleViolationException("crm.rule.exchange.alreadyResolved", String.valueOf(id), resolvedBy);
        }
        if (comment == null || comment.isBlank()) {
            throw InvalidRequestException.of("comment", "crm.validation.required");
        }
        resolution = clip(comment.strip(), RESOLUTION_LENGTH);
        resolvedBy = clip(user, USER_LENGTH);
        resolvedAt = now;
    }

    /** Field values as the audit trail compares them. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("status", status);
        snapshot.put("attempts", attempts);
        snapshot.put("reason", reason);
        snapshot.put("replayOf", replayOfId);
        snapshot.put("resolvedBy", resolvedBy);
        snapshot.put("resolution", resolution);
        return snapshot;
    }

    private void requireStatus(MessageStatus expected) {
        if (status != expected) {
            throw new RuleViolationException("crm.rule.exchange.status", String.valueOf(id), status);
        }
    }

    /** Texts from outside (exception messages, file names) are cut to their column rather than refused. */
    static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public String channel() {
        return channel;
    }

    public MessageDirection direction() {
        return direction;
    }

    public String kind() {
        return kind;
    }

    public String sourceName() {
        return sourceName;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public MessageStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int attempts() {
        return attempts;
    }

    public int readCount() {
        return readCount;
    }

    public int appliedCount() {
        return appliedCount;
    }

    public int skippedCount() {
        return skippedCount;
    }

    public int failedCount() {
        return failedCount;
    }

    public String reason() {
        return reason;
    }

    public String position() {
        return position;
    }

    public long payloadSize() {
        return payloadSize;
    }

    public String payloadSha256() {
        return payloadSha256;
    }

    /** The message this one replays; null for an original. */
    public Long replayOfId() {
        return replayOfId;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String resolution() {
        return resolution;
    }

    public long version() {
        return version;
    }
}

package ru.erp.crm.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The idempotency key of an inbound message that was applied completely. Written in the same
 * transaction as the message's last batch, so a crash before it lets the message run again,
 * and a re-sent message with the same key is skipped.
 */
@Entity
@Table(name = "exchange_inbox_key")
@IdClass(InboxKey.Key.class)
public class InboxKey {

    @Id
    private String channel;

    @Id
    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    private String summary;

    protected InboxKey() {
    }

    public InboxKey(String channel, String messageKey, String sourceName, Instant appliedAt, String summary) {
        this.channel = channel;
        this.messageKey = messageKey;
        this.sourceName = sourceName;
        this.appliedAt = appliedAt;
        this.summary = summary;
    }

    public record Key(String channel, String messageKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}

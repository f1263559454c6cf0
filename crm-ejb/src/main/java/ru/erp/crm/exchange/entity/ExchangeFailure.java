package ru.erp.crm.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something an exchange could not apply: which message, where in it, and why. */
@Entity
@Table(name = "exchange_failure")
public class ExchangeFailure {

    @Id
    @SequenceGenerator(name = "exchange_failure_seq", sequenceName = "exchange_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_failure_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String channel;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    private String position;

    @Column(nullable = false)
    private String reason;

    protected ExchangeFailure() {
    }

    public ExchangeFailure(Instant occurredAt, String channel, String sourceName, String position, String reason) {
        this.occurredAt = occurredAt;
        this.channel = channel;
        this.sourceName = sourceName;
        this.position = position;
        this.reason = reason.length() > 4000 ? reason.substring(0, 4000) : reason;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String channel() {
        return channel;
    }

    public String sourceName() {
        return sourceName;
    }

    public String position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}

package ru.erp.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of an order's own history. Kept apart from the order (not a collection of it): the
 * history only grows, and recording an event must not change the order's version, which tells
 * 1C whether the order itself changed.
 */
@Entity
@Table(name = "sales_order_event")
public class SalesOrderEvent {

    static final int ACTOR_LENGTH = 64;
    static final int SUMMARY_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "sales_order_event_seq", sequenceName = "sales_order_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", updatable = false)
    private SalesOrder order;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderEventKind kind;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String summary;

    protected SalesOrderEvent() {
    }

    public SalesOrderEvent(SalesOrder order, OrderEventKind kind, String actor, String summary, Instant occurredAt) {
        this.order = order;
        this.kind = kind;
        this.actor = clip(actor == null || actor.isBlank() ? "system" : actor.strip(), ACTOR_LENGTH);
        this.summary = summary == null ? null : clip(summary, SUMMARY_LENGTH);
        this.occurredAt = occurredAt;
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public SalesOrder order() {
        return order;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public OrderEventKind kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public String summary() {
        return summary;
    }
}

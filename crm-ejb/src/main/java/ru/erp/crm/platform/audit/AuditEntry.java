package ru.erp.crm.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded event: who did what to which record, with field-level before/after as JSON. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String entity;

    @Column(name = "entity_id")
    private String entityId;

    private String summary;

    @Lob
    private String changes;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String entity, String entityId,
                      String summary, String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action.name();
        this.entity = entity;
        this.entityId = entityId;
        this.summary = summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 1000);
        this.changes = changes;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entity() {
        return entity;
    }

    public String entityId() {
        return entityId;
    }

    public String summary() {
        return summary;
    }

    public String changes() {
        return changes;
    }
}

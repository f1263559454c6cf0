package ru.erp.crm.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A warehouse (Склад) stock is kept at. 1C sometimes reports stock at a warehouse it has not
 * defined (yet) in the same exchange; such a warehouse is created under its Ид and gets its
 * name when the definition arrives.
 */
@Entity
@Table(name = "warehouse")
public class Warehouse {

    static final int NAME_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "warehouse_seq", sequenceName = "warehouse_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warehouse_seq")
    private Long id;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    @Column(nullable = false)
    private String name;

    @Column(name = "content_hash")
    private String contentHash;

    @Version
    private long version;

    protected Warehouse() {
    }

    public Warehouse(String externalId, String name, String contentHash) {
        this.externalId = ExternalIds.required(externalId);
        describe(name, contentHash);
    }

    /** A warehouse known only from stock that names it: its Ид stands in for the name. */
    public static Warehouse namedAfterId(String externalId) {
        return new Warehouse(externalId, null, null);
    }

    /** Takes the name 1C gives the warehouse; without one the warehouse is called by its Ид. */
    public void describe(String name, String contentHash) {
        String given = Texts.optional("warehouse name (Наименование)", name, NAME_LENGTH);
        this.name = given != null ? given : externalId;
        this.contentHash = contentHash;
    }

    public boolean hasContent(String hash) {
        return hash.equals(contentHash);
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }
}

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
 * A kind of price (ТипЦены: retail, wholesale, ...) with its default currency. Prices name their
 * type; a price of a type the CRM has not received is refused, because the type defines what the
 * price means.
 */
@Entity
@Table(name = "price_type")
public class PriceType {

    static final int CURRENCY_LENGTH = 16;

    @Id
    @SequenceGenerator(name = "price_type_seq", sequenceName = "price_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_type_seq")
    private Long id;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    @Column(nullable = false)
    private String name;

    private String currency;

    @Column(name = "content_hash")
    private String contentHash;

    @Version
    private long version;

    protected PriceType() {
    }

    public PriceType(String externalId, String name, String currency, String contentHash) {
        this.externalId = ExternalIds.required(externalId);
        describe(name, currency, contentHash);
    }

    /** Validates everything before changing anything, so a refusal leaves the record as it was. */
    public void describe(String name, String currency, String contentHash) {
        String newName = Texts.required("price type name (Наименование)", name, 300);
        String newCurrency = Texts.optional("currency (Валюта)", currency, CURRENCY_LENGTH);
        this.name = newName;
        this.currency = newCurrency;
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

    public String currency() {
        return currency;
    }

    public long version() {
        return version;
    }
}

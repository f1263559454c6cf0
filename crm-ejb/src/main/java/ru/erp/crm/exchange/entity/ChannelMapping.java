package ru.erp.crm.exchange.entity;

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

/**
 * One 1C id of a channel translated to the CRM's code: 1C names price types and warehouses by
 * its own Ид, which differs per 1C base, so each channel says what they are here.
 */
@Entity
@Table(name = "exchange_channel_mapping")
public class ChannelMapping {

    @Id
    @SequenceGenerator(name = "exchange_channel_mapping_seq", sequenceName = "exchange_channel_mapping_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_channel_mapping_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "channel_id")
    private ExchangeChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MappingKind kind;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(name = "local_code", nullable = false)
    private String localCode;

    protected ChannelMapping() {
    }

    ChannelMapping(ExchangeChannel channel, MappingKind kind, String externalId, String localCode) {
        this.channel = channel;
        this.kind = kind;
        this.externalId = externalId;
        this.localCode = localCode;
    }

    void mapTo(String localCode) {
        this.localCode = localCode;
    }

    boolean translates(MappingKind kind, String externalId) {
        return this.kind == kind && this.externalId.equals(externalId);
    }

    public MappingKind kind() {
        return kind;
    }

    public String externalId() {
        return externalId;
    }

    public String localCode() {
        return localCode;
    }

    public MappingDetails details() {
        return new MappingDetails(kind, externalId, localCode);
    }
}

package ru.erp.crm.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A property products can have (Свойство: colour, country of origin, ...) and, for a list
 * property, its reference values. Products keep their values under the property's Ид.
 */
@Entity
@Table(name = "product_property")
public class ProductProperty {

    @Id
    @SequenceGenerator(name = "product_property_seq", sequenceName = "product_property_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_property_seq")
    private Long id;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    @Column(nullable = false)
    private String name;

    @Column(name = "value_type")
    private String valueType;

    @ElementCollection
    @CollectionTable(name = "property_choice", joinColumns = @JoinColumn(name = "property_id"))
    private List<PropertyChoice> choices = new ArrayList<>();

    @Column(name = "content_hash")
    private String contentHash;

    @Version
    private long version;

    protected ProductProperty() {
    }

    public ProductProperty(String externalId, String name, String valueType, List<PropertyChoice> choices,
                           String contentHash) {
        this.externalId = ExternalIds.required(externalId);
        describe(name, valueType, choices, contentHash);
    }

    /**
     * Takes the property's name, value type and reference values as sent; validates everything
     * before changing anything. The choices are replaced only when they differ, so an unchanged
     * list costs no writes.
     */
    public void describe(String name, String valueType, List<PropertyChoice> choices, String contentHash) {
        String newName = Texts.required("property name (Наименование)", name, 500);
        String newValueType = Texts.optional("value type (ТипЗначений)", valueType, 100);
        Set<String> ids = new HashSet<>();
        for (PropertyChoice choice : choices) {
            if (!ids.add(choice.externalId())) {
                throw new InvalidCatalogDataException("property " + externalId + " lists choice " + choice.externalId() + " twice");
            }
        }
        this.name = newName;
        this.valueType = newValueType;
        if (!this.choices.equals(choices)) {
            this.choices.clear();
            this.choices.addAll(choices);
        }
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

    public String valueType() {
        return valueType;
    }

    public List<PropertyChoice> choices() {
        return List.copyOf(choices);
    }

    public long version() {
        return version;
    }
}

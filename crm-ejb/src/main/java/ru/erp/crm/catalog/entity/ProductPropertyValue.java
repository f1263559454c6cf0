package ru.erp.crm.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A product's value of a property: a literal, or the Ид of one of the property's reference
 * values. It names the property by its Ид, so a value survives arriving before its property.
 */
@Embeddable
public class ProductPropertyValue {

    static final int VALUE_LENGTH = 1000;

    @Column(name = "property_external_id", nullable = false)
    private String propertyExternalId;

    @Column(name = "property_value")
    private String value;

    protected ProductPropertyValue() {
    }

    public ProductPropertyValue(String propertyExternalId, String value) {
        this.propertyExternalId = Texts.required("property Ид of a value (ЗначенияСвойства/Ид)", propertyExternalId,
                ExternalIds.LENGTH);
        this.value = Texts.optional("property value (Значение) of " + this.propertyExternalId, value, VALUE_LENGTH);
    }

    public String propertyExternalId() {
        return propertyExternalId;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductPropertyValue that && propertyExternalId.equals(that.propertyExternalId)
                && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(propertyExternalId, value);
    }

    @Override
    public String toString() {
        return propertyExternalId + "=" + value;
    }
}

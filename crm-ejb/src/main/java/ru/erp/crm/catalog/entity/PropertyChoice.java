package ru.erp.crm.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A reference value of a list property (Справочник): its Ид and the text it stands for. */
@Embeddable
public class PropertyChoice {

    static final int VALUE_LENGTH = 1000;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(name = "choice_value")
    private String value;

    protected PropertyChoice() {
    }

    public PropertyChoice(String externalId, String value) {
        this.externalId = Texts.required("choice Ид (ИдЗначения)", externalId, ExternalIds.LENGTH);
        this.value = Texts.optional("choice value (Значение)", value, VALUE_LENGTH);
    }

    public String externalId() {
        return externalId;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PropertyChoice choice && externalId.equals(choice.externalId)
                && Objects.equals(value, choice.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalId, value);
    }

    @Override
    public String toString() {
        return externalId + "=" + value;
    }
}

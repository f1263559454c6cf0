package ru.erp.crm.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A free name/value pair the partner attaches to a product (ЗначениеРеквизита: «Вид номенклатуры», «Вес»). */
@Embeddable
public class ProductRequisite {

    @Column(nullable = false)
    private String name;

    @Column(name = "requisite_value")
    private String value;

    protected ProductRequisite() {
    }

    public ProductRequisite(String name, String value) {
        this.name = Texts.required("requisite name (ЗначениеРеквизита/Наименование)", name, 500);
        this.value = Texts.optional("requisite value (Значение) of " + this.name, value, 1000);
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductRequisite that && name.equals(that.name) && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}

package ru.erp.crm.platform.database;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A boolean as the schema stores it, NUMBER(1) 1 or 0, also when it is a query parameter. Bound
 * as a JDBC boolean, a parameter compared with such a column fails on H2 ("NUMERIC(1) and BOOLEAN
 * are not comparable") as soon as H2 recompiles the statement with the parameter's value; an
 * attribute filtered on in queries carries this converter.
 */
@Converter
public class NumericBoolean implements AttributeConverter<Boolean, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Boolean value) {
        return value == null ? null : value ? 1 : 0;
    }

    @Override
    public Boolean convertToEntityAttribute(Integer stored) {
        return stored == null ? null : stored != 0;
    }
}

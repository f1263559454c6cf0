package ru.erp.crm.sales.control;

import java.lang.reflect.Field;

/** Gives an entity the id persisting would give it, for mappings that need one without a database. */
final class Saved {

    private Saved() {
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No id field on " + entity.getClass(), e);
        }
    }
}

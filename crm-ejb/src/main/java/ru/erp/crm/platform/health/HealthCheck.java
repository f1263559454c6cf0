package ru.erp.crm.platform.health;

/**
 * One named part of the product whose state the health endpoint reports. Implementations live
 * in the module that owns the part (the database here, Camel in {@code integration}) and are
 * found as CDI beans, so this module never depends on the others.
 */
public interface HealthCheck {

    /** Key in the health document's {@code checks} object. */
    String name();

    ComponentStatus check();
}

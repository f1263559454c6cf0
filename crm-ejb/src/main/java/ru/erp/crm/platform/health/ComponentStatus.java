package ru.erp.crm.platform.health;

/** The state of one component: up or down, and a short human-readable detail. */
public record ComponentStatus(boolean up, String detail) {

    public static ComponentStatus up(String detail) {
        return new ComponentStatus(true, detail);
    }

    public static ComponentStatus down(String detail) {
        return new ComponentStatus(false, detail);
    }
}

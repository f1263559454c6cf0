package ru.erp.crm.security.entity;

/** What a user does in the company; boundaries allow operations per role. */
public enum Role {
    ADMIN,
    SALES_HEAD,
    SALES_MANAGER,
    MARKETER,
    SUPPORT,
    FINANCE,
    ERP_ADMIN;

    /** Role names as {@code @RolesAllowed} and the identity store speak them. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SALES_HEAD = "SALES_HEAD";
        public static final String SALES_MANAGER = "SALES_MANAGER";
        public static final String MARKETER = "MARKETER";
        public static final String SUPPORT = "SUPPORT";
        public static final String FINANCE = "FINANCE";
        public static final String ERP_ADMIN = "ERP_ADMIN";

        private Names() {
        }
    }
}

package ru.erp.crm.security.ui;

import java.util.function.Predicate;
import ru.erp.crm.security.entity.Role;

/**
 * The page a user lands on after logging in: sales managers and heads start from their day (the
 * start page), everyone else from the customer list as before.
 */
final class Landing {

    static final String START = "/start.xhtml";
    static final String CUSTOMERS = "/customers.xhtml";

    private Landing() {
    }

    /** {@code inRole}: whether the user who just logged in has the role named. */
    static String pageFor(Predicate<String> inRole) {
        return inRole.test(Role.Names.SALES_MANAGER) || inRole.test(Role.Names.SALES_HEAD) ? START : CUSTOMERS;
    }
}

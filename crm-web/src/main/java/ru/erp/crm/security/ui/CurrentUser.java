package ru.erp.crm.security.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import ru.erp.crm.security.entity.Role;

/** Who is looking at the page and what the page may offer them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getLogin() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    /** Sales people and admins create, change and merge customers. */
    public boolean isCustomerEditor() {
        return security.isCallerInRole(Role.Names.ADMIN) || security.isCallerInRole(Role.Names.SALES_HEAD)
                || security.isCallerInRole(Role.Names.SALES_MANAGER);
    }

    /** Everyone who works with customers plans and reports activities; technical ERP admins do not. */
    public boolean isActivityPlanner() {
        return isCustomerEditor() || security.isCallerInRole(Role.Names.MARKETER)
                || security.isCallerInRole(Role.Names.SUPPORT) || security.isCallerInRole(Role.Names.FINANCE);
    }

    /** Sales people, marketers and admins work with leads. */
    public boolean isLeadWorker() {
        return isCustomerEditor() || security.isCallerInRole(Role.Names.MARKETER);
    }

    /** Only admins reverse a lead's conversion. */
    public boolean isAdmin() {
        return security.isCallerInRole(Role.Names.ADMIN);
    }

    /** Heads of sales see their team's calendar. */
    public boolean isSalesHead() {
        return security.isCallerInRole(Role.Names.SALES_HEAD);
    }

    /** Sales managers and heads have a start page of their day. */
    public boolean isSalesPerson() {
        return security.isCallerInRole(Role.Names.SALES_MANAGER) || security.isCallerInRole(Role.Names.SALES_HEAD);
    }

    /** Heads of sales and admins write the sales-model templates. */
    public boolean isSalesModelWriter() {
        return security.isCallerInRole(Role.Names.SALES_HEAD) || security.isCallerInRole(Role.Names.ADMIN);
    }

    /** Admins and heads of sales manage users and their category grants. */
    public boolean isAccessManager() {
        return security.isCallerInRole(Role.Names.ADMIN) || security.isCallerInRole(Role.Names.SALES_HEAD);
    }

    /** FINANCE and admins match incoming payments and upload bank statements. */
    public boolean isFinance() {
        return security.isCallerInRole(Role.Names.FINANCE) || security.isCallerInRole(Role.Names.ADMIN);
    }

    /** FINANCE, admins and heads of sales follow invoices and overdue debt (of the customers they may see). */
    public boolean isInvoiceReader() {
        return isFinance() || security.isCallerInRole(Role.Names.SALES_HEAD);
    }

    /** ERP administrators and admins configure the exchange channels and watch the exchange journal. */
    public boolean isExchangeAdmin() {
        return security.isCallerInRole(Role.Names.ADMIN) || security.isCallerInRole(Role.Names.ERP_ADMIN);
    }
}

package ru.erp.crm.sales.boundary;

/** A lead as a user, the web form or a row of a file describes it, before validation. */
public record LeadDraft(String companyName, String inn, String kpp, String personName, String phone, String email,
                        String message) {
}

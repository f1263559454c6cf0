package ru.erp.crm.sales.rest;

import ru.erp.crm.sales.boundary.LeadDraft;

/** A lead as the API takes it; {@code version} (or If-Match) on a change. */
public record LeadRequest(String companyName, String inn, String kpp, String personName, String phone, String email,
                          String message, Long version) {

    LeadDraft toDraft() {
        return new LeadDraft(companyName, inn, kpp, personName, phone, email, message);
    }
}

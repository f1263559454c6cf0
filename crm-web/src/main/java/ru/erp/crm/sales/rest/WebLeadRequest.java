package ru.erp.crm.sales.rest;

import ru.erp.crm.sales.boundary.WebLeadForm;

/**
 * The web form as the site sends it. {@code website} is the honeypot: hidden from people, filled
 * in by bots. {@code token} is what {@code GET /leads/web/token} gave when the form was shown;
 * {@code page} the address of the page the form was on.
 */
public record WebLeadRequest(String companyName, String inn, String name, String phone, String email, String message,
                             String utmSource, String utmMedium, String utmCampaign, String page, String website,
                             String token) {

    WebLeadForm form() {
        return new WebLeadForm(companyName, inn, name, phone, email, message, utmSource, utmMedium, utmCampaign, page);
    }

    boolean isBait() {
        return website != null && !website.isBlank();
    }
}

package ru.erp.crm.sales.boundary;

/**
 * What the company's site sends: the enquiry, and where the visitor came from (UTM tags and the
 * page the form was on). Spam checks (honeypot, fill time, rate) are the web endpoint's; the
 * boundary checks the content as it checks any lead.
 */
public record WebLeadForm(String companyName, String inn, String personName, String phone, String email,
                          String message, String utmSource, String utmMedium, String utmCampaign, String sourcePage) {

    public LeadDraft draft() {
        return new LeadDraft(companyName, inn, null, personName, phone, email, message);
    }
}

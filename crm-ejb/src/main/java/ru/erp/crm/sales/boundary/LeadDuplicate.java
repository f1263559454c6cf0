package ru.erp.crm.sales.boundary;

import ru.erp.crm.sales.control.LeadDuplicates.Match;

/**
 * A customer or another lead that resembles a lead: {@code kind} CUSTOMER or LEAD, its id and
 * name, {@code matchedBy} INN, PHONE, EMAIL or NAME and the matching value.
 */
public record LeadDuplicate(String kind, Long id, String name, String matchedBy, String value) {

    public static LeadDuplicate of(Match match) {
        if (match.customer() != null) {
            return new LeadDuplicate("CUSTOMER", match.customer().id(), match.customer().name(), match.matchedBy(),
                    match.value());
        }
        String name = match.lead().companyName() != null ? match.lead().companyName() : match.lead().personName();
        return new LeadDuplicate("LEAD", match.lead().id(), name, match.matchedBy(), match.value());
    }
}

package ru.erp.crm.sales.boundary;

import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;

/**
 * A lead list's filters, each optional: status, source, curator ({@code unassigned} for nobody's),
 * and {@code text}: an INN, a phone, an e-mail or the start of a company name.
 */
public record LeadQuery(LeadStatus status, LeadSource source, Long curatorId, boolean unassigned, String text) {
}

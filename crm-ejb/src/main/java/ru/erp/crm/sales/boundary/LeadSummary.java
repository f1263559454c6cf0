package ru.erp.crm.sales.boundary;

import java.time.Instant;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;
import ru.erp.crm.security.entity.UserAccount;

/** One row of the lead list. */
public record LeadSummary(Long id, LeadSource source, LeadStatus status, String companyName, String personName,
                          String phone, String email, String curator, String duplicateSummary, Instant createdAt,
                          long version) {

    public static LeadSummary of(Lead l) {
        return new LeadSummary(l.id(), l.source(), l.status(), l.companyName(), l.personName(), l.phone(), l.email(),
                l.curator().map(UserAccount::login).orElse(null), l.duplicateSummary(), l.createdAt(), l.version());
    }
}

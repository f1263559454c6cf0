package ru.erp.crm.sales.boundary;

import java.time.Instant;
import java.util.List;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.sales.entity.LeadImport;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;
import ru.erp.crm.security.entity.UserAccount;

/** The lead card, with what it resembles as the caller may see it. */
public record LeadView(Long id, LeadSource source, LeadStatus status, String companyName, String inn, String kpp,
                       String personName, String phone, String email, String message, String disqualificationReason,
                       Long curatorId, String curator, String duplicateSummary, List<LeadDuplicate> duplicates,
                       Long customerId, Long contactPersonId, Long opportunityId, Instant convertedAt,
                       String convertedBy, String utmSource, String utmMedium, String utmCampaign, String sourcePage,
                       Long importId, String createdBy, Instant createdAt, Instant updatedAt, long version) {

    public LeadView {
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
    }

    public static LeadView of(Lead l, List<LeadDuplicate> duplicates) {
        return new LeadView(l.id(), l.source(), l.status(), l.companyName(), l.inn(), l.kpp(), l.personName(),
                l.phone(), l.email(), l.message(), l.disqualificationReason(),
                l.curator().map(UserAccount::id).orElse(null), l.curator().map(UserAccount::login).orElse(null),
                l.duplicateSummary(), duplicates, l.customerId(), l.contactPersonId(), l.opportunityId(),
                l.convertedAt(), l.convertedBy(), l.utmSource(), l.utmMedium(), l.utmCampaign(), l.sourcePage(),
                l.leadImport().map(LeadImport::id).orElse(null), l.createdBy(), l.createdAt(), l.updatedAt(),
                l.version());
    }
}

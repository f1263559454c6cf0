package ru.erp.crm.sales.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.erp.crm.catalog.entity.PriceType;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.sales.entity.Proposal;
import ru.erp.crm.sales.entity.ProposalVersion;
import ru.erp.crm.security.entity.UserAccount;

/**
 * A proposal's card: the header, its current version with the lines, the numbers of all its
 * versions, and whether sending it now needs a head's approval first.
 */
public record ProposalView(Long id, String number, LocalDate date, Long customerId, String customerName,
                           Long contactPersonId, String contactPersonName, Long opportunityId, Long authorId,
                           String authorName, Long signerId, String signerName, Long priceTypeId, String priceTypeName,
                           LocalDate validUntil, String status, Long orderId, Instant sentAt, String declineReason,
                           boolean needsApproval, List<Integer> versionNos, ProposalVersionView current, long version) {

    static ProposalView of(Proposal proposal, boolean needsApproval) {
        return new ProposalView(proposal.id(), proposal.number(), proposal.date(), proposal.customer().id(),
                proposal.customer().name(), proposal.contactPerson().map(ContactPerson::id).orElse(null),
                proposal.contactPerson().map(ContactPerson::fullName).orElse(null), proposal.opportunityId(),
                proposal.author().id(), proposal.author().fullName(), proposal.signer().map(UserAccount::id).orElse(null),
                proposal.signer().map(UserAccount::fullName).orElse(null),
                proposal.priceType().map(PriceType::id).orElse(null), proposal.priceType().map(PriceType::name).orElse(null),
                proposal.validUntil(), proposal.status().name(), proposal.orderId().orElse(null), proposal.sentAt(),
                proposal.declineReason(), needsApproval,
                proposal.versions().stream().map(ProposalVersion::number).toList(),
                ProposalVersionView.of(proposal.current()), proposal.version());
    }
}

package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import ru.erp.crm.sales.entity.Proposal;
import ru.erp.crm.sales.entity.ProposalVersion;

/** A row of the proposal list and of the approval queue. */
public record ProposalSummary(Long id, String number, LocalDate date, Long customerId, String customerName,
                              String status, int versionNo, BigDecimal total, BigDecimal maxDiscountPercent,
                              LocalDate validUntil, String authorName, long version) {

    static ProposalSummary of(Proposal proposal) {
        ProposalVersion current = proposal.current();
        return new ProposalSummary(proposal.id(), proposal.number(), proposal.date(), proposal.customer().id(),
                proposal.customer().name(), proposal.status().name(), current.number(), current.total(),
                current.maxEffectiveDiscount(), proposal.validUntil(), proposal.author().fullName(), proposal.version());
    }
}

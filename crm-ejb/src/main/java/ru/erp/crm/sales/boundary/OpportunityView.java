package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.sales.entity.CloseReason;
import ru.erp.crm.sales.entity.Opportunity;
import ru.erp.crm.sales.entity.OpportunityState;

/** An opportunity as the pipeline list and the card show it. */
public record OpportunityView(Long id, String number, String title, Long customerId, String customerName,
                              Long contactPersonId, String contactPersonName, Long modelId, String modelName,
                              Long stageId, String stageName, int probability, Long curatorId, String curator,
                              String curatorName, BigDecimal amount, String currency, BigDecimal weightedAmount,
                              LocalDate expectedCloseDate, OpportunityState state, Long closeReasonId,
                              String closeReasonCode, String closeComment, Instant closedAt, Long leadId,
                              String createdBy, Instant createdAt, long version) {

    public static OpportunityView of(Opportunity o) {
        return new OpportunityView(o.id(), o.number(), o.title(), o.customer().id(), o.customer().name(),
                o.contactPerson().map(ContactPerson::id).orElse(null),
                o.contactPerson().map(ContactPerson::fullName).orElse(null), o.model().id(), o.model().name(),
                o.stage().id(), o.stage().name(), o.stage().probability(), o.curator().id(), o.curator().login(),
                o.curator().fullName(), o.amount(), o.currency(), o.weightedAmount(), o.expectedClose(), o.state(),
                o.closeReason().map(CloseReason::id).orElse(null), o.closeReason().map(CloseReason::code).orElse(null),
                o.closeComment(), o.closedAt(), o.leadId(), o.createdBy(), o.createdAt(), o.version());
    }
}

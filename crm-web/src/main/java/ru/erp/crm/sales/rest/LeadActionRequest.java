package ru.erp.crm.sales.rest;

import java.math.BigDecimal;
import ru.erp.crm.sales.boundary.LeadConversion;

/**
 * The body of a lead's actions, each reading what it needs: {@code version} (or If-Match) always;
 * qualify: {@code status} (QUALIFIED, the default, or IN_PROGRESS); disqualify: {@code reason};
 * curator: {@code curatorId} (null unassigns); convert: {@code customerId} (an existing customer,
 * e.g. a duplicate), {@code category} (for a new customer), {@code title} and {@code amount} of the opportunity.
 */
public record LeadActionRequest(Long version, String status, String reason, Long curatorId, Long customerId,
                                String category, String title, BigDecimal amount) {

    LeadConversion conversion() {
        return new LeadConversion(customerId, category, title, amount);
    }
}

package ru.erp.crm.sales.boundary;

import jakarta.ejb.Local;
import java.math.BigDecimal;

/**
 * Opens the opportunity a converted lead becomes, in the same transaction as the conversion.
 * Opportunities are their own component; this port keeps lead conversion from depending on how
 * they are built, and is implemented by it.
 */
@Local
public interface OpportunityOpening {

    /** The new opportunity's id; {@code contactPersonId} and {@code amount} may be null. */
    long openFromLead(long leadId, long customerId, Long contactPersonId, String title, BigDecimal amount,
                      String curatorLogin);
}

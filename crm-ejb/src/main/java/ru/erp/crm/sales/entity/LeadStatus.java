package ru.erp.crm.sales.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands. A user moves it between the working states; {@link #CONVERTED} is reached
 * only by conversion and left only by an admin's reversal.
 */
public enum LeadStatus {
    NEW,
    IN_PROGRESS,
    QUALIFIED,
    DISQUALIFIED,
    CONVERTED;

    /** The states a user may move a lead to by hand from this one. */
    public Set<LeadStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, QUALIFIED, DISQUALIFIED);
            case IN_PROGRESS -> EnumSet.of(QUALIFIED, DISQUALIFIED);
            case QUALIFIED -> EnumSet.of(IN_PROGRESS, DISQUALIFIED);
            // a disqualified lead may come back when the company turns up again
            case DISQUALIFIED -> EnumSet.of(IN_PROGRESS);
            case CONVERTED -> EnumSet.noneOf(LeadStatus.class);
        };
    }
}

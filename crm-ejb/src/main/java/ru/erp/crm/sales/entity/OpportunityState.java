package ru.erp.crm.sales.entity;

/** Open while it moves through the model's stages; won or lost once, with a reason. */
public enum OpportunityState {
    OPEN,
    WON,
    LOST;

    public static OpportunityState of(Outcome outcome) {
        return outcome == Outcome.WON ? WON : LOST;
    }
}

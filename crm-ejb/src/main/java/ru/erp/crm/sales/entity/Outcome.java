package ru.erp.crm.sales.entity;

/** How an opportunity ends: the kind of a model's final stage and of a close reason. */
public enum Outcome {
    WON,
    LOST
}

package ru.erp.crm.activity.boundary;

/** A significant date as a user enters it: a name, day and month, and the year when known. */
public record SignificantDateDraft(String name, Integer day, Integer month, Integer year) {
}

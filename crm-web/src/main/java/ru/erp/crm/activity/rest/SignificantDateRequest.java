package ru.erp.crm.activity.rest;

import ru.erp.crm.activity.boundary.SignificantDateDraft;

/** The JSON body of adding a significant date to a contact person; the year may be left out. */
public record SignificantDateRequest(String name, Integer day, Integer month, Integer year) {

    SignificantDateDraft toDraft() {
        return new SignificantDateDraft(name, day, month, year);
    }
}

package ru.erp.crm.customer.entity;

import java.time.LocalDate;

/** A contact point as entered, before normalisation. */
public record ContactDetails(ContactKind kind, ContactPurpose purpose, String value, LocalDate validFrom,
                             LocalDate validTo) {
}

package ru.erp.crm.activity.boundary;

import java.time.LocalDate;
import ru.erp.crm.activity.entity.SignificantDate;
import ru.erp.crm.customer.entity.ContactPerson;

/**
 * A birthday or other significant date of a contact person on the day it falls on.
 * {@code name}: null for a birthday; {@code years}: how many years it marks (the age on a
 * birthday), when the year is known; {@code significantDateId}: null for a birthday.
 */
public record SignificantDateView(LocalDate date, Kind kind, String name, Integer years, Long contactPersonId,
                                  String contactPersonName, Long customerId, String customerName,
                                  Long significantDateId) {

    public enum Kind {
        BIRTHDAY,
        OTHER
    }

    /** The person's birthday falling on {@code day}. */
    public static SignificantDateView birthday(ContactPerson person, LocalDate day) {
        return new SignificantDateView(day, Kind.BIRTHDAY, null, day.getYear() - person.birthday().getYear(), person.id(),
                person.fullName(), person.counterparty().id(), person.counterparty().name(), null);
    }

    /** The date falling on {@code day}. */
    public static SignificantDateView of(SignificantDate date, LocalDate day) {
        ContactPerson person = date.person();
        return new SignificantDateView(day, Kind.OTHER, date.name(), date.year().map(year -> day.getYear() - year).orElse(null),
                person.id(), person.fullName(), person.counterparty().id(), person.counterparty().name(), date.id());
    }
}

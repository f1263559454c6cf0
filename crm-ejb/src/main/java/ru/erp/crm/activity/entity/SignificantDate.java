package ru.erp.crm.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

/**
 * A date a contact person is congratulated on every year other than the birthday (which is on
 * the person): a name day, the day they joined their company. The year is optional; when known,
 * lists say how many years it has been. 29 February is kept as it is and falls on 28 February in
 * other years.
 */
@Entity
@Table(name = "contact_significant_date")
public class SignificantDate {

    public static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "contact_significant_date_seq", sequenceName = "contact_significant_date_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_significant_date_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_person_id")
    private ContactPerson person;

    @Column(nullable = false)
    private String name;

    @Column(name = "day_of_month", nullable = false)
    private int dayOfMonth;

    @Column(name = "month_of_year", nullable = false)
    private int monthOfYear;

    @Column(name = "year_of_date")
    private Integer year;

    /** month * 100 + day, the key of "dates in the next N days" as contact_person.birthday_mmdd. */
    @Column(name = "month_day", nullable = false)
    private int monthDay;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SignificantDate() {
    }

    public SignificantDate(ContactPerson person, String name, int dayOfMonth, int monthOfYear, Integer year, Instant now) {
        List<Violation> violations = violations(name, dayOfMonth, monthOfYear, year);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        this.person = Objects.requireNonNull(person, "person");
        this.name = name.strip();
        this.dayOfMonth = dayOfMonth;
        this.monthOfYear = monthOfYear;
        this.year = year;
        this.monthDay = monthOfYear * 100 + dayOfMonth;
        this.createdAt = now;
    }

    /** A day that exists in some year (29 February does), and in the given year when there is one. */
    public static List<Violation> violations(String name, Integer dayOfMonth, Integer monthOfYear, Integer year) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "crm.validation.required"));
        } else if (name.strip().length() > NAME_LENGTH) {
            violations.add(new Violation("name", "crm.validation.tooLong", NAME_LENGTH));
        }
        if (monthOfYear == null) {
            violations.add(new Violation("month", "crm.validation.required"));
        } else if (monthOfYear < 1 || monthOfYear > 12) {
            violations.add(new Violation("month", "crm.validation.significantDate.month"));
        }
        if (dayOfMonth == null) {
            violations.add(new Violation("day", "crm.validation.required"));
        } else if (monthOfYear != null && monthOfYear >= 1 && monthOfYear <= 12) {
            try {
                MonthDay day = MonthDay.of(monthOfYear, dayOfMonth);
                if (year != null && !day.isValidYear(year)) {
                    violations.add(new Violation("year", "crm.validation.significantDate.notInYear", String.valueOf(year)));
                }
            } catch (DateTimeException e) {
                violations.add(new Violation("day", "crm.validation.significantDate.day"));
            }
        }
        if (year != null && (year < 1900 || year > 2100)) {
            violations.add(new Violation("year", "crm.validation.significantDate.year", "1900", "2100"));
        }
        return violations;
    }

    /** The day it falls on in {@code year}: 29 February is 28 February in a common year. */
    public LocalDate occurrenceIn(int year) {
        return MonthDay.of(monthOfYear, dayOfMonth).atYear(year);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("day", dayOfMonth);
        fields.put("month", monthOfYear);
        fields.put("year", year);
        return fields;
    }

    public Long id() {
        return id;
    }

    public ContactPerson person() {
        return person;
    }

    public String name() {
        return name;
    }

    public int dayOfMonth() {
        return dayOfMonth;
    }

    public int monthOfYear() {
        return monthOfYear;
    }

    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    public int monthDay() {
        return monthDay;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

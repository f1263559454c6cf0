package ru.erp.crm.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A phone, e-mail, messenger or social-profile address of a counterparty or of one of its
 * contact persons, with its purpose and validity. The normalised value (E.164 phone, lower-case
 * e-mail) is what duplicate detection and search compare.
 */
@Entity
@Table(name = "contact_point")
public class ContactPoint {

    @Id
    @SequenceGenerator(name = "contact_point_seq", sequenceName = "contact_point_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_point_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "counterparty_id")
    private Counterparty counterparty;

    @ManyToOne
    @JoinColumn(name = "contact_person_id")
    private ContactPerson person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactPurpose purpose;

    @Column(name = "raw_value", nullable = false)
    private String rawValue;

    @Column(nullable = false)
    private String normalized;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ContactPoint() {
    }

    ContactPoint(Counterparty counterparty, ContactPerson person, ContactKind kind, ContactPurpose purpose,
                 String rawValue, String normalized, LocalDate validFrom, LocalDate validTo) {
        this.counterparty = counterparty;
        this.person = person;
        this.kind = kind;
        this.purpose = purpose;
        this.rawValue = rawValue;
        this.normalized = normalized;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /**
     * The comparable form of a contact value, or empty when the value is not a valid one of its
     * kind: E.164 phones, lower-case e-mails, trimmed lower-case messenger/profile addresses.
     */
    public static Optional<String> normalize(ContactKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return switch (kind) {
            case PHONE -> PhoneNumber.normalize(raw);
            case EMAIL -> EmailAddress.normalize(raw);
            case MESSENGER, SOCIAL -> Optional.of(raw.strip().toLowerCase(Locale.ROOT));
        };
    }

    void moveTo(Counterparty survivor) {
        this.counterparty = survivor;
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public Long id() {
        return id;
    }

    public Counterparty counterparty() {
        return counterparty;
    }

    public Optional<ContactPerson> person() {
        return Optional.ofNullable(person);
    }

    public ContactKind kind() {
        return kind;
    }

    public ContactPurpose purpose() {
        return purpose;
    }

    public String rawValue() {
        return rawValue;
    }

    public String normalized() {
        return normalized;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}

package ru.erp.crm.customer.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person who works for a counterparty: the one we call, write to and congratulate. */
@Entity
@Table(name = "contact_person")
public class ContactPerson {

    @Id
    @SequenceGenerator(name = "contact_person_seq", sequenceName = "contact_person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_person_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "counterparty_id")
    private Counterparty counterparty;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String position;

    private LocalDate birthday;

    /**
     * Month and day of the birthday as the number mmdd (1 March is 301), kept with the birthday:
     * "birthdays in the next N days" is then one or two ranges of its index, across years.
     */
    @Column(name = "birthday_mmdd")
    private Integer birthdayMmdd;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContactPoint> contactPoints = new ArrayList<>();

    @Version
    private long version;

    protected ContactPerson() {
    }

    ContactPerson(Counterparty counterparty, String fullName, String position, LocalDate birthday) {
        this.counterparty = counterparty;
        describe(fullName, position, birthday);
    }

    public void describe(String fullName, String position, LocalDate birthday) {
        this.fullName = fullName;
        this.position = position;
        this.birthday = birthday;
        this.birthdayMmdd = birthday == null ? null : birthday.getMonthValue() * 100 + birthday.getDayOfMonth();
    }

    /** Replaces this person's contact points; each is also one of the counterparty's. */
    public void replaceContactPoints(List<ContactDetails> details) {
        counterparty.removeContactPointsOf(this);
        contactPoints.clear();
        for (ContactDetails detail : details) {
            ContactPoint point = counterparty.addContactPoint(this, detail);
            contactPoints.add(point);
        }
    }

    void moveTo(Counterparty survivor) {
        this.counterparty = survivor;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("fullName", fullName);
        snapshot.put("position", position);
        snapshot.put("birthday", birthday);
        snapshot.put("contacts", contactPoints.stream().map(p -> p.kind() + ":" + p.rawValue()).toList().toString());
        return snapshot;
    }

    public Long id() {
        return id;
    }

    public Counterparty counterparty() {
        return counterparty;
    }

    public String fullName() {
        return fullName;
    }

    public String position() {
        return position;
    }

    public LocalDate birthday() {
        return birthday;
    }

    public Integer birthdayMmdd() {
        return birthdayMmdd;
    }

    public List<ContactPoint> contactPoints() {
        return List.copyOf(contactPoints);
    }

    public long version() {
        return version;
    }
}

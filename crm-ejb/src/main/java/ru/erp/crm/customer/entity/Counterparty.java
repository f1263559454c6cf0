package ru.erp.crm.customer.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ru.erp.crm.security.entity.UserAccount;

/**
 * A party we deal with — organisation or private person — in any of its roles (client, prospect,
 * partner, dealer, supplier): the one record of the single customer base.
 *
 * <p>Its requisites key (INN/KPP) is unique among live records; a record with the same INN and
 * another KPP is a branch of the head office. Merging moves contacts, bank accounts and external
 * ids to the survivor and leaves this record as a pointer to it, so old ids stay resolvable.
 */
@Entity
@Table(name = "counterparty")
public class Counterparty {

    @Id
    @SequenceGenerator(name = "counterparty_seq", sequenceName = "counterparty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counterparty_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CounterpartyKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "full_name")
    private String fullName;

    /** Upper-cased name without quotes and legal form: what name search compares, by index. */
    @Column(name = "search_name", nullable = false)
    private String searchName;

    private String inn;
    private String kpp;
    private String ogrn;

    @Column(name = "requisites_key")
    private String requisitesKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private CustomerCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "curator_id")
    private UserAccount curator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_office_id")
    private Counterparty headOffice;

    @Column(name = "legal_address")
    private String legalAddress;

    @Column(name = "actual_address")
    private String actualAddress;

    private String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Counterparty mergedInto;

    /**
     * The same column, read-only, for queries only: "coalesce(c.mergedIntoId, 0) = 0" selects live
     * records without a join (see CustomerSearch). Not kept current in memory; use {@link #mergedInto()}.
     */
    @Column(name = "merged_into_id", insertable = false, updatable = false)
    private Long mergedIntoId;

    @ElementCollection
    @CollectionTable(name = "counterparty_role", joinColumns = @JoinColumn(name = "counterparty_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<CustomerRole> roles = EnumSet.noneOf(CustomerRole.class);

    @ElementCollection
    @CollectionTable(name = "counterparty_tag", joinColumns = @JoinColumn(name = "counterparty_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @OneToMany(mappedBy = "counterparty", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<BankAccount> bankAccounts = new ArrayList<>();

    @OneToMany(mappedBy = "counterparty", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ExternalId> externalIds = new ArrayList<>();

    @OneToMany(mappedBy = "counterparty", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContactPerson> contactPersons = new ArrayList<>();

    @OneToMany(mappedBy = "counterparty", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContactPoint> contactPoints = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Counterparty() {
    }

    public Counterparty(CounterpartyKind kind, String name, CustomerCategory category, Instant now) {
        this.kind = kind;
        this.category = category;
        this.createdAt = now;
        rename(name, null);
        this.updatedAt = now;
    }

    public void rename(String name, String fullName) {
        this.name = name.strip();
        this.fullName = fullName;
        this.searchName = SearchName.of(this.name);
    }

    public void changeKind(CounterpartyKind kind) {
        this.kind = kind;
    }

    /** Sets INN, KPP and OGRN (already validated) and recomputes the unique requisites key. */
    public void changeRequisites(String inn, String kpp, String ogrn) {
        this.inn = blankToNull(inn);
        this.kpp = blankToNull(kpp);
        this.ogrn = blankToNull(ogrn);
        this.requisitesKey = requisitesKey(this.inn, this.kpp);
    }

    /** The key under which a live record's INN/KPP must be unique; null without an INN. */
    public static String requisitesKey(String inn, String kpp) {
        return inn == null ? null : inn + "/" + (kpp == null ? "" : kpp);
    }

    public void moveToCategory(CustomerCategory category) {
        this.category = category;
    }

    public void assignCurator(UserAccount curator) {
        this.curator = curator;
    }

    public void becomeBranchOf(Counterparty headOffice) {
        this.headOffice = headOffice;
    }

    public void changeAddresses(String legalAddress, String actualAddress) {
        this.legalAddress = blankToNull(legalAddress);
        this.actualAddress = blankToNull(actualAddress);
    }

    public void writeNotes(String notes) {
        this.notes = blankToNull(notes);
    }

    public void playRoles(Set<CustomerRole> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public void tag(Set<String> tags) {
        this.tags.clear();
        tags.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(this.tags::add);
    }

    public void replaceBankAccounts(List<BankAccountDetails> accounts) {
        bankAccounts.clear();
        for (BankAccountDetails account : accounts) {
            bankAccounts.add(new BankAccount(this, account.bik(), account.account(), account.bankName()));
        }
    }

    /** Adds an external id unless this record already carries it. */
    public void identifyAs(ExternalSystem system, String value) {
        boolean known = externalIds.stream().anyMatch(e -> e.system() == system && e.value().equals(value));
        if (!known) {
            externalIds.add(new ExternalId(this, system, value));
        }
    }

    /** Replaces the counterparty's own contact points (not those of its contact persons). */
    public void replaceOwnContactPoints(List<ContactDetails> details) {
        contactPoints.removeIf(point -> point.person().isEmpty());
        for (ContactDetails detail : details) {
            addContactPoint(null, detail);
        }
    }

    ContactPoint addContactPoint(ContactPerson person, ContactDetails detail) {
        String normalized = ContactPoint.normalize(detail.kind(), detail.value())
                .orElseThrow(() -> new IllegalArgumentException("Unnormalisable " + detail.kind() + " " + detail.value()));
        ContactPoint point = new ContactPoint(this, person, detail.kind(),
                detail.purpose() == null ? ContactPurpose.WORK : detail.purpose(), detail.value().strip(), normalized,
                detail.validFrom(), detail.validTo());
        contactPoints.add(point);
        return point;
    }

    void removeContactPointsOf(ContactPerson person) {
        contactPoints.removeIf(point -> point.person().filter(p -> p == person).isPresent());
    }

    public ContactPerson addContactPerson(String fullName, String position, LocalDate birthday) {
        ContactPerson person = new ContactPerson(this, fullName, position, birthday);
        contactPersons.add(person);
        return person;
    }

    public void removeContactPerson(ContactPerson person) {
        removeContactPointsOf(person);
        contactPersons.remove(person);
    }

    /**
     * Folds {@code loser} into this record: its contacts, bank accounts and external ids move
     * here, its requisites key is released, and it points to this record from now on.
     */
    public void absorb(Counterparty loser, Instant now) {
        if (loser == this) {
            throw new IllegalArgumentException("A record cannot absorb itself");
        }
        for (ContactPerson person : List.copyOf(loser.contactPersons)) {
            person.moveTo(this);
            contactPersons.add(person);
        }
        loser.contactPersons.clear();
        for (ContactPoint point : List.copyOf(loser.contactPoints)) {
            point.moveTo(this);
            contactPoints.add(point);
        }
        loser.contactPoints.clear();
        for (BankAccount account : List.copyOf(loser.bankAccounts)) {
            account.moveTo(this);
            bankAccounts.add(account);
        }
        loser.bankAccounts.clear();
        for (ExternalId externalId : List.copyOf(loser.externalIds)) {
            externalId.moveTo(this);
            externalIds.add(externalId);
        }
        loser.externalIds.clear();
        roles.addAll(loser.roles);
        tags.addAll(loser.tags);
        loser.requisitesKey = null;
        loser.mergedInto = this;
        loser.updatedAt = now;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /** Field values as the audit trail compares them. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("kind", kind);
        snapshot.put("name", name);
        snapshot.put("fullName", fullName);
        snapshot.put("inn", inn);
        snapshot.put("kpp", kpp);
        snapshot.put("ogrn", ogrn);
        snapshot.put("category", category.code());
        snapshot.put("curator", curator == null ? null : curator.login());
        snapshot.put("headOffice", headOffice == null ? null : headOffice.id);
        snapshot.put("legalAddress", legalAddress);
        snapshot.put("actualAddress", actualAddress);
        snapshot.put("notes", notes);
        snapshot.put("roles", new TreeSet<>(roles).toString());
        snapshot.put("tags", new TreeSet<>(tags).toString());
        // Copies, not the lazy collections: their toString does not load them.
        snapshot.put("bankAccounts", bankAccounts.stream().map(BankAccount::toString).toList().toString());
        snapshot.put("contacts", contactPoints.stream().filter(p -> p.person().isEmpty())
                .map(p -> p.kind() + ":" + p.rawValue()).toList().toString());
        snapshot.put("mergedInto", mergedInto == null ? null : mergedInto.id);
        return snapshot;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public CounterpartyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String fullName() {
        return fullName;
    }

    public String searchName() {
        return searchName;
    }

    public String inn() {
        return inn;
    }

    public String kpp() {
        return kpp;
    }

    public String ogrn() {
        return ogrn;
    }

    /** INN/KPP as kept unique among live records; null without an INN and once merged. */
    public String requisitesKey() {
        return requisitesKey;
    }

    public CustomerCategory category() {
        return category;
    }

    public Optional<UserAccount> curator() {
        return Optional.ofNullable(curator);
    }

    public Optional<Counterparty> headOffice() {
        return Optional.ofNullable(headOffice);
    }

    public Optional<Counterparty> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public String legalAddress() {
        return legalAddress;
    }

    public String actualAddress() {
        return actualAddress;
    }

    public String notes() {
        return notes;
    }

    public Set<CustomerRole> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public List<BankAccount> bankAccounts() {
        return List.copyOf(bankAccounts);
    }

    public List<ExternalId> externalIds() {
        return List.copyOf(externalIds);
    }

    public List<ContactPerson> contactPersons() {
        return List.copyOf(contactPersons);
    }

    public List<ContactPoint> contactPoints() {
        return List.copyOf(contactPoints);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

package ru.erp.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.database.NumericBoolean;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Picks a curator for a new opportunity whose customer has none. A rule matches a customer of its
 * category (any, when it has none) whose legal address contains its region text (any, when it has
 * none); from its pool it picks the member with the fewest open opportunities, and among equals the
 * one after the last pick (round robin by user id), so equal workloads take turns.
 */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule {

    public static final int REGION_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "assignment_rule_seq", sequenceName = "assignment_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_rule_seq")
    private Long id;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private CustomerCategory category;

    private String region;

    @Convert(converter = NumericBoolean.class)
    @Column(nullable = false)
    private Boolean active;

    @ManyToMany
    @JoinTable(name = "assignment_rule_member", joinColumns = @JoinColumn(name = "rule_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> pool = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "last_user_id")
    private UserAccount lastPicked;

    @Version
    private long version;

    protected AssignmentRule() {
    }

    public AssignmentRule(int position, CustomerCategory category, String region, boolean active,
                          Set<UserAccount> pool) {
        revise(position, category, region, active, pool);
    }

    public void revise(int position, CustomerCategory category, String region, boolean active, Set<UserAccount> pool) {
        this.position = position;
        this.category = category;
        this.region = region == null || region.isBlank() ? null : region.strip();
        this.active = active;
        this.pool.clear();
        this.pool.addAll(pool);
    }

    public boolean matches(Counterparty customer) {
        if (!active || pool.isEmpty()) {
            return false;
        }
        if (category != null && !Objects.equals(category.id(), customer.category().id())) {
            return false;
        }
        return region == null || customer.legalAddress() != null
                && customer.legalAddress().toLowerCase(Locale.ROOT).contains(region.toLowerCase(Locale.ROOT));
    }

    /**
     * The pool member with the fewest open opportunities ({@code openCounts} by user id, missing
     * meaning none); among equals the first after the last pick by id, else the first. Remembers
     * the pick.
     */
    public Optional<UserAccount> pick(Map<Long, Long> openCounts) {
        long fewest = pool.stream().mapToLong(user -> openCounts.getOrDefault(user.id(), 0L)).min().orElse(0);
        List<UserAccount> candidates = pool.stream()
                .filter(user -> openCounts.getOrDefault(user.id(), 0L) == fewest)
                .sorted(Comparator.comparing(UserAccount::id)).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        long last = lastPicked == null ? Long.MIN_VALUE : lastPicked.id();
        UserAccount picked = candidates.stream().filter(user -> user.id() > last).findFirst().orElse(candidates.get(0));
        lastPicked = picked;
        return Optional.of(picked);
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public Optional<CustomerCategory> category() {
        return Optional.ofNullable(category);
    }

    public String region() {
        return region;
    }

    public boolean active() {
        return active;
    }

    public Set<UserAccount> pool() {
        return Set.copyOf(pool);
    }

    public Optional<UserAccount> lastPicked() {
        return Optional.ofNullable(lastPicked);
    }

    public long version() {
        return version;
    }
}

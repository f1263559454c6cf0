package ru.erp.crm.security.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person who logs in to the CRM. Owns its lockout rule: after {@link #MAX_FAILED_LOGINS}
 * failed attempts in a row the account is locked for {@link #LOCKOUT}; a head or an admin can
 * also block it outright.
 */
@Entity
@Table(name = "crm_user")
@NamedQuery(name = UserAccount.BY_LOGIN, query = "select u from UserAccount u where u.login = :login")
public class UserAccount {

    public static final String BY_LOGIN = "UserAccount.byLogin";
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "crm_user_seq", sequenceName = "crm_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_user_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String login;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "preferred_locale", nullable = false)
    private String preferredLocale = "ru";

    @Column(nullable = false)
    private boolean blocked;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The sales head whose team this user is in; heads work on their team's customers. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_id")
    private UserAccount head;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crm_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String login, String fullName, String passwordHash, Set<Role> roles, Instant now) {
        this.login = login;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    public boolean isLocked(Instant now) {
        return blocked || (lockedUntil != null && lockedUntil.isAfter(now));
    }

    /** Counts a failed attempt; returns true when this attempt locked the account. */
    public boolean recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            failedLogins = 0;
            lockedUntil = now.plus(LOCKOUT);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void block() {
        blocked = true;
    }

    public void unblock() {
        blocked = false;
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void joinTeamOf(UserAccount salesHead) {
        this.head = salesHead;
    }

    public void describe(String fullName, String email, String preferredLocale) {
        this.fullName = fullName;
        this.email = email;
        this.preferredLocale = preferredLocale;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String preferredLocale() {
        return preferredLocale;
    }

    public boolean blocked() {
        return blocked;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<UserAccount> head() {
        return Optional.ofNullable(head);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public long version() {
        return version;
    }
}

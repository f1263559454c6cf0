package ru.erp.crm.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.control.PasswordHasher;
import ru.erp.crm.security.control.VerifiedCredentials;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/** The people who log in: authentication with lockout, the user list, blocking. */
@Stateless
public class Users {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    VerifiedCredentials verified;

    @EJB
    CallerScope caller;

    /**
     * Checks a login and password for the identity store. Runs in its own transaction so a
     * failed attempt is counted (and audited) even though the request itself is refused.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuthenticationResult authenticate(String login, char[] password) {
        Instant now = Instant.now();
        // A caller whose credentials passed PBKDF2 a moment ago is let through without locking
        // the user row: API clients send Basic on every request.
        Optional<UserAccount> found = byLogin(login, LockModeType.NONE);
        if (found.isPresent() && !found.get().isLocked(now) && verified.isVerified(login, password, now)) {
            return valid(found.get());
        }
        found = found.flatMap(user -> byLogin(login, LockModeType.PESSIMISTIC_WRITE));
        if (found.isEmpty()) {
            audit.recordLogin(login, AuditAction.LOGIN_FAILED, "unknown login");
            return AuthenticationResult.refused(AuthenticationResult.Outcome.INVALID, login);
        }
        UserAccount user = found.get();
        if (user.isLocked(now)) {
            audit.recordLogin(login, AuditAction.LOGIN_FAILED, user.blocked() ? "blocked" : "locked out");
            return AuthenticationResult.refused(AuthenticationResult.Outcome.LOCKED, login);
        }
        if (!PasswordHasher.matches(password, user.passwordHash())) {
            boolean lockedNow = user.recordFailedLogin(now);
            audit.recordLogin(login, lockedNow ? AuditAction.LOCKED_OUT : AuditAction.LOGIN_FAILED, "wrong password");
            return AuthenticationResult.refused(AuthenticationResult.Outcome.INVALID, login);
        }
        user.recordSuccessfulLogin();
        verified.remember(login, password, now);
        audit.recordLogin(login, AuditAction.LOGIN, null);
        return valid(user);
    }

    private static AuthenticationResult valid(UserAccount user) {
        return AuthenticationResult.valid(user.login(),
                user.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    @PermitAll
    public UserView me() {
        return UserView.of(caller.user());
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public Page<UserView> list(PageRequest page) {
        List<UserView> items = em.createQuery("select u from UserAccount u order by u.login", UserAccount.class)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(UserView::of).toList();
        long total = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        return Page.of(items, total, page);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public UserView find(long id) {
        return UserView.of(require(id));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UserView create(NewUser request) {
        if (request.login() == null || !request.login().matches("[a-z0-9._-]{2,64}")) {
            throw InvalidRequestException.of("login", "crm.validation.user.login");
        }
        if (request.password() == null || request.password().length() < 8) {
            throw InvalidRequestException.of("password", "crm.validation.user.password", 8);
        }
        if (byLogin(request.login(), LockModeType.NONE).isPresent()) {
            throw new ConflictException("crm.conflict.user.login", null, request.login());
        }
        UserAccount user = new UserAccount(request.login(), request.fullName(),
                PasswordHasher.hash(request.password().toCharArray()), request.roles(), Instant.now());
        user.describe(request.fullName(), request.email(), request.locale() == null ? "ru" : request.locale());
        if (request.headId() != null) {
            user.joinTeamOf(require(request.headId()));
        }
        em.persist(user);
        em.flush();
        audit.record(AuditAction.CREATE, "user", user.id(), user.login(), null, snapshot(user));
        return UserView.of(user);
    }

    /** Heads block the users of their team; admins anyone. Blocking ends cached logins at once. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public UserView block(long id, boolean blocked) {
        UserAccount user = require(id);
        if (!caller.scope().canManage(user)) {
            throw new ForbiddenOperationException("crm.forbidden.user.notInTeam");
        }
        var before = snapshot(user);
        if (blocked) {
            user.block();
            verified.forget(user.login());
        } else {
            user.unblock();
        }
        audit.record(blocked ? AuditAction.BLOCK : AuditAction.UNBLOCK, "user", user.id(), user.login(),
                before, snapshot(user));
        return UserView.of(user);
    }

    Optional<UserAccount> byLogin(String login, LockModeType lock) {
        return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }

    private UserAccount require(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id))
                .orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    private static Map<String, Object> snapshot(UserAccount user) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("login", user.login());
        snapshot.put("fullName", user.fullName());
        snapshot.put("roles", new TreeSet<>(user.roles()).toString());
        snapshot.put("blocked", user.blocked());
        snapshot.put("head", user.head().map(UserAccount::login).orElse(null));
        return snapshot;
    }

    public record NewUser(String login, String fullName, String email, String password, String locale,
                          Set<Role> roles, Long headId) {
    }

    public record UserView(Long id, String login, String fullName, String email, String locale, Set<Role> roles,
                           boolean blocked, String head) {
        static UserView of(UserAccount user) {
            return new UserView(user.id(), user.login(), user.fullName(), user.email(), user.preferredLocale(),
                    user.roles(), user.blocked(), user.head().map(UserAccount::login).orElse(null));
        }
    }
}

package ru.erp.crm.security.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/** Works out the caller's {@link AccessScope} from their roles, grants and team. */
@Stateless
public class CallerScope {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public UserAccount user() {
        String login = session.getCallerPrincipal().getName();
        return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ForbiddenOperationException("crm.forbidden.unknownCaller"));
    }

    public AccessScope scope() {
        UserAccount user = user();
        Set<Role> roles = user.roles();
        boolean admin = roles.contains(Role.ADMIN);
        List<Long> granted = em.createQuery(
                        "select g.category.id from CategoryGrant g where g.user.id = :user", Long.class)
                .setParameter("user", user.id()).getResultList();
        Set<Long> writableCurators = new HashSet<>();
        writableCurators.add(user.id());
        if (roles.contains(Role.SALES_HEAD)) {
            writableCurators.addAll(em.createQuery(
                            "select u.id from UserAccount u where u.head.id = :head", Long.class)
                    .setParameter("head", user.id()).getResultList());
        }
        boolean mayWrite = admin || roles.contains(Role.SALES_HEAD) || roles.contains(Role.SALES_MANAGER);
        return new AccessScope(user.id(), user.login(), roles, admin, new HashSet<>(granted), admin,
                writableCurators, mayWrite);
    }
}

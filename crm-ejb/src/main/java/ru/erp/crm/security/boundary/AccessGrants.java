package ru.erp.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.CategoryGrant;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/** Which user sees which customer categories; heads and admins grant and revoke. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
public class AccessGrants {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CallerScope caller;

    public List<GrantView> of(long userId) {
        return em.createQuery("select g from CategoryGrant g where g.user.id = :user order by g.category.code",
                        CategoryGrant.class)
                .setParameter("user", userId).getResultStream().map(GrantView::of).toList();
    }

    /** Grants a category; granting one the user already has changes nothing. */
    public GrantView grant(long userId, String categoryCode) {
        UserAccount user = user(userId);
        CustomerCategory category = category(categoryCode);
        Optional<CategoryGrant> existing = find(user, category);
        if (existing.isPresent()) {
            return GrantView.of(existing.get());
        }
        CategoryGrant grant = new CategoryGrant(user, category, caller.user().login(), Instant.now());
        em.persist(grant);
        em.flush();
        audit.record(AuditAction.GRANT, "user", user.id(), user.login() + " ← " + category.code(),
                null, Map.of("category", category.code()));
        return GrantView.of(grant);
    }

    public void revoke(long userId, String categoryCode) {
        UserAccount user = user(userId);
        CustomerCategory category = category(categoryCode);
        CategoryGrant grant = find(user, category)
                .orElseThrow(() -> new RecordNotFoundException("grant", user.login() + "/" + categoryCode));
        em.remove(grant);
        audit.record(AuditAction.REVOKE, "user", user.id(), user.login() + " ✕ " + category.code(),
                Map.of("category", category.code()), null);
    }

    private Optional<CategoryGrant> find(UserAccount user, CustomerCategory category) {
        return em.createQuery("select g from CategoryGrant g where g.user = :user and g.category = :category",
                        CategoryGrant.class)
                .setParameter("user", user).setParameter("category", category)
                .getResultStream().findFirst();
    }

    private UserAccount user(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id))
                .orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    private CustomerCategory category(String code) {
        return em.createNamedQuery(CustomerCategory.BY_CODE, CustomerCategory.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("category", code));
    }

    public record GrantView(Long userId, String login, String category, String grantedBy, Instant grantedAt) {
        static GrantView of(CategoryGrant grant) {
            return new GrantView(grant.user().id(), grant.user().login(), grant.category().code(), grant.grantedBy(),
                    grant.grantedAt());
        }
    }
}

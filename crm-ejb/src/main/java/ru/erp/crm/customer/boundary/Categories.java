package ru.erp.crm.customer.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;

/** Customer categories: each user lists those granted to them; admins define new ones. */
@Stateless
public class Categories {

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    @PermitAll
    public List<CategoryView> visible(Locale locale) {
        AccessScope scope = caller.scope();
        return all().stream().filter(c -> scope.canSee(c.id())).map(c -> CategoryView.of(c, locale)).toList();
    }

    /** Every category, for heads and admins who grant access to them. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public List<CategoryView> grantable(Locale locale) {
        return all().stream().map(c -> CategoryView.of(c, locale)).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public CategoryView create(String code, String nameRu, String nameEn, Locale locale) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,31}")) {
            throw InvalidRequestException.of("code", "crm.validation.category.code");
        }
        if (nameRu == null || nameRu.isBlank()) {
            throw InvalidRequestException.of("nameRu", "crm.validation.required");
        }
        if (!em.createNamedQuery(CustomerCategory.BY_CODE, CustomerCategory.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new ConflictException("crm.conflict.category.code", null, code);
        }
        CustomerCategory category = new CustomerCategory(code, nameRu.strip(),
                nameEn == null || nameEn.isBlank() ? nameRu.strip() : nameEn.strip());
        em.persist(category);
        em.flush();
        audit.record(AuditAction.CREATE, "category", category.id(), code, null,
                Map.of("code", code, "nameRu", category.nameRu(), "nameEn", category.nameEn()));
        return CategoryView.of(category, locale);
    }

    private List<CustomerCategory> all() {
        return em.createQuery("select c from CustomerCategory c order by c.code", CustomerCategory.class).getResultList();
    }

    public record CategoryView(Long id, String code, String name) {
        static CategoryView of(CustomerCategory category, Locale locale) {
            return new CategoryView(category.id(), category.code(), category.name(locale));
        }
    }
}

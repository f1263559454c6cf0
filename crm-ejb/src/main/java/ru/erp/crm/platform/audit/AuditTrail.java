package ru.erp.crm.platform.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.security.entity.Role;

/**
 * Records every change, merge, access change and login, in the transaction of the change itself
 * (so a rolled-back change leaves no trace), and lets admins and heads search the trail.
 */
@Stateless
public class AuditTrail {

    static final String SYSTEM_ACTOR = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditAction action, String entity, Object entityId, String summary,
                       Map<String, ?> before, Map<String, ?> after) {
        em.persist(new AuditEntry(Instant.now(), actor(), action, entity, String.valueOf(entityId), summary,
                FieldChanges.between(before, after)));
    }

    /** Login events happen before there is a caller, so the actor is named explicitly. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordLogin(String login, AuditAction action, String summary) {
        em.persist(new AuditEntry(Instant.now(), login, action, "user", login, summary, null));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
        return history(query, page);
    }

    /** The history of one record, for its card; the caller's access to it is checked by its owner. */
    public Page<AuditEntryView> history(AuditQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object[]> parameters = new ArrayList<>();
        if (query.entity() != null) {
            where.append(" and a.entity = :entity");
            parameters.add(new Object[] {"entity", query.entity()});
        }
        if (query.entityId() != null) {
            where.append(" and a.entityId = :entityId");
            parameters.add(new Object[] {"entityId", query.entityId()});
        }
        if (query.actor() != null) {
            where.append(" and a.actor = :actor");
            parameters.add(new Object[] {"actor", query.actor()});
        }
        if (query.from() != null) {
            where.append(" and a.occurredAt >= :from");
            parameters.add(new Object[] {"from", query.from()});
        }
        if (query.to() != null) {
            where.append(" and a.occurredAt < :to");
            parameters.add(new Object[] {"to", query.to()});
        }
        TypedQuery<AuditEntry> select = em.createQuery(
                "select a from AuditEntry a" + where + " order by a.occurredAt desc, a.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        for (Object[] parameter : parameters) {
            select.setParameter((String) parameter[0], parameter[1]);
            count.setParameter((String) parameter[0], parameter[1]);
        }
        List<AuditEntryView> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(AuditEntryView::of).toList();
        return Page.of(items, count.getSingleResult(), page);
    }

    private String actor() {
        Principal principal = session.getCallerPrincipal();
        return principal == null || "ANONYMOUS".equals(principal.getName()) ? SYSTEM_ACTOR : principal.getName();
    }

    /** Filters of the audit search; null means "any". */
    public record AuditQuery(String entity, String entityId, String actor, Instant from, Instant to) {
    }

    public record AuditEntryView(Long id, Instant occurredAt, String actor, String action, String entity,
                                 String entityId, String summary, String changes) {
        static AuditEntryView of(AuditEntry entry) {
            return new AuditEntryView(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.entity(),
                    entry.entityId(), entry.summary(), entry.changes());
        }
    }
}

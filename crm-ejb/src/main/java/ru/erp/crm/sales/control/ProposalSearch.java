package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.sales.boundary.ProposalQuery;
import ru.erp.crm.sales.entity.Proposal;
import ru.erp.crm.sales.entity.ProposalStatus;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.entity.Role;

/** The proposal list's query: proposals of the customers the caller may see, newest first. */
public class ProposalSearch {

    private final StringBuilder where = new StringBuilder(" where ");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public ProposalSearch(ProposalQuery query, AccessScope scope) {
        where.append(CustomerAccess.visiblePredicate("p.customer", scope, parameters));
        narrow("p.customer.id = :customer", "customer", query.customerId());
        narrow("p.status = :status", "status", query.status());
        narrow("p.opportunityId = :opportunity", "opportunity", query.opportunityId());
        String q = query.q() == null || query.q().isBlank() ? null : query.q().strip();
        narrow("p.number like :number escape '\\'", "number", q == null ? null : OrderSearch.prefixPattern(q));
    }

    /**
     * The approval queue: proposals waiting for a decision whose author the caller heads (an admin
     * sees all of them).
     */
    public static ProposalSearch awaitingDecisionOf(AccessScope scope) {
        ProposalSearch search = new ProposalSearch(new ProposalQuery(null, ProposalStatus.PENDING_APPROVAL, null, null), scope);
        if (!scope.has(Role.ADMIN)) {
            search.narrow("p.author.head.id = :head", "head", scope.userId());
        }
        return search;
    }

    public TypedQuery<Proposal> select(EntityManager em, PageRequest page) {
        TypedQuery<Proposal> select = em.createQuery(
                "select p from Proposal p" + where + " order by p.date desc, p.id desc", Proposal.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(page.offset()).setMaxResults(page.size());
    }

    public long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("select count(p) from Proposal p" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private void narrow(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}

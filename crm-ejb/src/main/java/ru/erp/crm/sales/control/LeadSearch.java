package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.erp.crm.customer.entity.Digits;
import ru.erp.crm.customer.entity.EmailAddress;
import ru.erp.crm.customer.entity.PhoneNumber;
import ru.erp.crm.customer.entity.SearchName;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.sales.boundary.LeadQuery;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.security.control.AccessScope;

/**
 * Lead lists as JPQL that always carries the caller's read scope ({@link LeadAccess}), newest
 * first. Text is matched exactly against the normalised INN, phone or e-mail columns, or as the
 * start of the company's search name: each an index range scan.
 */
public final class LeadSearch {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public LeadSearch(LeadQuery query, AccessScope scope) {
        where.append(" and ").append(LeadAccess.visiblePredicate("l", scope, parameters));
        if (query.status() != null) {
            add("l.status = :status", "status", query.status());
        }
        if (query.source() != null) {
            add("l.source = :source", "source", query.source());
        }
        if (query.unassigned()) {
            where.append(" and l.curator is null");
        } else if (query.curatorId() != null) {
            add("l.curator.id = :curatorId", "curatorId", query.curatorId());
        }
        text(query.text());
    }

    public TypedQuery<Lead> select(EntityManager em, PageRequest page) {
        TypedQuery<Lead> query = em.createQuery("select l from Lead l" + where + " order by l.createdAt desc, l.id desc",
                Lead.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size());
    }

    public long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("select count(l) from Lead l" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private void text(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String value = text.strip();
        if (Digits.allDigits(value) && (value.length() == 10 || value.length() == 12)) {
            add("l.inn = :inn", "inn", value);
            return;
        }
        var phone = PhoneNumber.normalize(value);
        if (phone.isPresent()) {
            add("l.phone = :phone", "phone", phone.get());
            return;
        }
        var email = EmailAddress.normalize(value);
        if (email.isPresent()) {
            add("l.email = :email", "email", email.get());
            return;
        }
        add("l.companySearchName like :name", "name", SearchName.of(value).replace("%", "").replace("_", "") + "%");
    }

    private void add(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        parameters.put(name, value);
    }
}

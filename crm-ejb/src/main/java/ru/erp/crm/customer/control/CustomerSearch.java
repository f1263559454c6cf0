package ru.erp.crm.customer.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ru.erp.crm.customer.boundary.CustomerQuery;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CustomerRole;
import ru.erp.crm.customer.entity.EmailAddress;
import ru.erp.crm.customer.entity.PhoneNumber;
import ru.erp.crm.customer.entity.SearchName;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.security.control.AccessScope;

/**
 * Translates a {@link CustomerQuery} into one JPQL predicate that always includes the caller's
 * category scope, so lists, counts and exports can never show a record outside it. Every filter
 * is an equality or prefix match on an indexed, normalised column.
 */
public final class CustomerSearch {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "c.searchName", "inn", "c.inn", "createdAt", "c.createdAt", "updatedAt", "c.updatedAt", "id", "c.id");

    /**
     * Live records only. Written as coalesce(...) = 0 rather than "is null" on purpose: H2 treats
     * "merged_into_id is null" as an equality on the foreign key's index, which every live record
     * satisfies, and prefers it to the selective name/INN index, scanning the whole table (seconds at
     * a million records). Oracle never indexes an all-null key, so nothing changes there.
     */
    private final StringBuilder where = new StringBuilder(" where coalesce(c.mergedIntoId, 0) = 0");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String orderBy;

    public CustomerSearch(CustomerQuery query, AccessScope scope) {
        restrictTo(scope);
        if (query.q() != null && !query.q().isBlank()) {
            freeText(query.q().strip());
        }
        if (query.inn() != null && !query.inn().isBlank()) {
            add("c.inn = :inn", "inn", query.inn().strip());
        }
        if (query.phone() != null && !query.phone().isBlank()) {
            String phone = PhoneNumber.normalize(query.phone())
                    .orElseThrow(() -> InvalidRequestException.of("phone", "crm.validation.phone.format"));
            contact(ContactKind.PHONE, phone);
        }
        if (query.email() != null && !query.email().isBlank()) {
            String email = EmailAddress.normalize(query.email())
                    .orElseThrow(() -> InvalidRequestException.of("email", "crm.validation.email.format"));
            contact(ContactKind.EMAIL, email);
        }
        if (query.category() != null && !query.category().isBlank()) {
            add("c.category.code = :category", "category", query.category().strip());
        }
        if (query.curator() != null && !query.curator().isBlank()) {
            add("c.curator.login = :curator", "curator", query.curator().strip());
        }
        if (query.role() != null && !query.role().isBlank()) {
            add(":role member of c.roles", "role", role(query.role()));
        }
        this.orderBy = orderBy(query.sort());
    }

    public TypedQuery<Counterparty> select(EntityManager em, PageRequest page) {
        TypedQuery<Counterparty> select = em.createQuery("select c from Counterparty c" + where + orderBy, Counterparty.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(page.offset()).setMaxResults(page.size());
    }

    public long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("select count(c) from Counterparty c" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private void restrictTo(AccessScope scope) {
        if (!scope.allCategories()) {
            where.append(" and ").append(CustomerAccess.visiblePredicate("c", scope, parameters));
        }
    }

    /** Digits: INN prefix or phone; anything else: the start of the normalised name. */
    private void freeText(String q) {
        String digits = q.replaceAll("[\\s()+-]", "");
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            String phone = PhoneNumber.normalize(q).orElse(null);
            if (phone != null) {
                where.append(" and (c.inn like :innPrefix or c.id in (select p.counterparty.id from ContactPoint p"
                        + " where p.kind = :qKind and p.normalized = :qPhone))");
                parameters.put("qKind", ContactKind.PHONE);
                parameters.put("qPhone", phone);
            } else {
                where.append(" and c.inn like :innPrefix");
            }
            parameters.put("innPrefix", digits + "%");
        } else {
            add("c.searchName like :namePrefix", "namePrefix", SearchName.of(q) + "%");
        }
    }

    private void contact(ContactKind kind, String normalized) {
        String kindParameter = kind.name().toLowerCase(Locale.ROOT) + "Kind";
        String valueParameter = kind.name().toLowerCase(Locale.ROOT) + "Value";
        // "c.id in (...)", not a correlated "exists": H2 runs an exists once per live record (a full
        // scan), while an IN subquery drives the primary key from the (kind, normalized) index.
        where.append(" and c.id in (select p.counterparty.id from ContactPoint p where p.kind = :")
                .append(kindParameter).append(" and p.normalized = :").append(valueParameter).append(")");
        parameters.put(kindParameter, kind);
        parameters.put(valueParameter, normalized);
    }

    private void add(String predicate, String name, Object value) {
        where.append(" and ").append(predicate);
        parameters.put(name, value);
    }

    private static CustomerRole role(String code) {
        try {
            return CustomerRole.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("role", "crm.validation.role", code);
        }
    }

    private static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return " order by c.searchName, c.id";
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        String column = SORTABLE.get(field);
        if (column == null) {
            throw InvalidRequestException.of("sort", "crm.validation.sort", String.join(", ", SORTABLE.keySet()));
        }
        String direction = descending ? " desc" : "";
        return " order by " + column + direction + ", c.id" + direction;
    }
}

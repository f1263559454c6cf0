package ru.erp.crm.finance.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.finance.boundary.InvoiceQuery;
import ru.erp.crm.finance.boundary.OverdueDebt;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.security.control.AccessScope;

/**
 * Invoice lists and overdue summaries as JPQL that always carries the caller's customer scope
 * ({@link CustomerAccess#visiblePredicate}), so no list or count shows an invoice of a customer
 * the caller cannot see. Filters run on the (counterparty, status, due date) and (status, due
 * date) indexes.
 */
public final class InvoiceSearch {

    private static final String FROM = " from Invoice i join i.customer c left join c.curator u";
    private static final String OPEN_AMOUNT = "sum(i.amount - i.paidAmount)";
    private static final Pattern LIKE_SPECIALS = Pattern.compile("[\\\\%_]");

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private InvoiceSearch(AccessScope scope) {
        where.append(" and ").append(CustomerAccess.visiblePredicate("c", scope, parameters));
    }

    public static InvoiceSearch of(InvoiceQuery query, AccessScope scope, LocalDate today) {
        InvoiceSearch search = new InvoiceSearch(scope);
        if (query.customerId() != null) {
            search.add("c.id = :customerId", "customerId", query.customerId());
        }
        if (query.status() != null) {
            search.add("i.status = :status", "status", query.status());
        }
        if (Boolean.TRUE.equals(query.overdue())) {
            search.overdue(today);
        } else if (Boolean.FALSE.equals(query.overdue())) {
            search.add("(i.status not in :open or i.dueDate >= :today)", "today", today);
            search.parameters.put("open", List.copyOf(InvoiceStatus.OPEN));
        }
        if (query.dueFrom() != null) {
            search.add("i.dueDate >= :dueFrom", "dueFrom", query.dueFrom());
        }
        if (query.dueTo() != null) {
            search.add("i.dueDate <= :dueTo", "dueTo", query.dueTo());
        }
        return search;
    }

    /** Overdue invoices of the visible customers, optionally of one curator (login). */
    public static InvoiceSearch overdue(AccessScope scope, LocalDate today, String curator) {
        InvoiceSearch search = new InvoiceSearch(scope);
        search.overdue(today);
        if (curator != null && !curator.isBlank()) {
            search.add("u.login = :curator", "curator", curator.strip());
        }
        return search;
    }

    /** The open invoices of one customer, earliest due first. */
    public static InvoiceSearch open(AccessScope scope, long customerId) {
        InvoiceSearch search = new InvoiceSearch(scope);
        search.add("c.id = :customerId", "customerId", customerId);
        search.add("i.status in :open", "open", List.copyOf(InvoiceStatus.OPEN));
        return search;
    }

    /**
     * The open invoices of the customers one user curates due by {@code dueTo}, overdue ones
     * included: the payments a manager expects. Runs from the curator index to the
     * (counterparty, status, due date) one.
     */
    public static InvoiceSearch expectedFrom(AccessScope scope, long curatorId, LocalDate dueTo) {
        InvoiceSearch search = new InvoiceSearch(scope);
        search.add("u.id = :curatorId", "curatorId", curatorId);
        search.add("i.status in :open", "open", List.copyOf(InvoiceStatus.OPEN));
        search.add("i.dueDate <= :dueTo", "dueTo", dueTo);
        return search;
    }

    /**
     * Open invoices a payment could be matched to by hand: of the visible customers with the payer's
     * INN ({@code inn} null: of any visible customer), optionally only those whose number starts
     * with {@code numberPrefix} (as typed, on the number index).
     */
    public static InvoiceSearch openToMatch(AccessScope scope, String inn, String numberPrefix) {
        InvoiceSearch search = new InvoiceSearch(scope);
        search.add("i.status in :open", "open", List.copyOf(InvoiceStatus.OPEN));
        if (inn != null) {
            search.add("c.inn = :inn", "inn", inn);
        }
        if (numberPrefix != null) {
            search.add("i.number like :number escape '\\'", "number", LIKE_SPECIALS.matcher(numberPrefix).replaceAll("\\\\$0") + "%");
        }
        return search;
    }

    public TypedQuery<Invoice> select(EntityManager em, PageRequest page) {
        return all(em).setFirstResult(page.offset()).setMaxResults(page.size());
    }

    public TypedQuery<Invoice> all(EntityManager em) {
        TypedQuery<Invoice> select = em.createQuery("select i" + FROM + where + " order by i.dueDate, i.id", Invoice.class);
        parameters.forEach(select::setParameter);
        return select;
    }

    public long count(EntityManager em) {
        return single(em, "select count(i)" + FROM + where);
    }

    /** Per customer, largest overdue debt first. */
    public List<OverdueDebt> perCustomer(EntityManager em, PageRequest page) {
        TypedQuery<Object[]> select = em.createQuery("select c.id, c.name, u.login, count(i), " + OPEN_AMOUNT
                + ", min(i.dueDate)" + FROM + where + " group by c.id, c.name, u.login order by " + OPEN_AMOUNT
                + " desc, c.id", Object[].class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(row -> new OverdueDebt((Long) row[0], (String) row[1], (String) row[2], 1, (Long) row[3],
                        (BigDecimal) row[4], (LocalDate) row[5]))
                .toList();
    }

    public long countCustomers(EntityManager em) {
        return single(em, "select count(distinct c.id)" + FROM + where);
    }

    /** Per curator (null: customers nobody curates), largest overdue debt first. */
    public List<OverdueDebt> perCurator(EntityManager em) {
        TypedQuery<Object[]> select = em.createQuery("select u.login, count(distinct c.id), count(i), " + OPEN_AMOUNT
                + ", min(i.dueDate)" + FROM + where + " group by u.login order by " + OPEN_AMOUNT + " desc, u.login",
                Object[].class);
        parameters.forEach(select::setParameter);
        return select.getResultStream()
                .map(row -> new OverdueDebt(null, null, (String) row[0], (Long) row[1], (Long) row[2],
                        (BigDecimal) row[3], (LocalDate) row[4]))
                .toList();
    }

    private void overdue(LocalDate today) {
        add("i.status in :open", "open", List.copyOf(InvoiceStatus.OPEN));
        add("i.dueDate < :today", "today", today);
    }

    private void add(String predicate, String name, Object value) {
        where.append(" and ").append(predicate);
        parameters.put(name, value);
    }

    private long single(EntityManager em, String jpql) {
        Query count = em.createQuery(jpql);
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }
}

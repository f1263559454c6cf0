package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.sales.boundary.OrderQuery;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.security.control.AccessScope;

/** The order list's query: orders of the customers the caller may see, newest first. */
public class OrderSearch {

    private final StringBuilder where = new StringBuilder(" where ");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public OrderSearch(OrderQuery query, AccessScope scope) {
        where.append(CustomerAccess.visiblePredicate("o.customer", scope, parameters));
        narrow("o.customer.id = :customer", "customer", query.customerId());
        narrow("o.status = :status", "status", query.status());
        String q = query.q() == null || query.q().isBlank() ? null : query.q().strip();
        narrow("o.number like :number escape '\\'", "number", q == null ? null : prefixPattern(q));
    }

    public TypedQuery<SalesOrder> select(EntityManager em, PageRequest page) {
        TypedQuery<SalesOrder> select = em.createQuery(
                "select o from SalesOrder o" + where + " order by o.date desc, o.id desc", SalesOrder.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(page.offset()).setMaxResults(page.size());
    }

    public long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("select count(o) from SalesOrder o" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /** Order numbers are upper case ("CRM-000050"); the typed text's own % and _ are literal. */
    static String prefixPattern(String text) {
        return text.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private void narrow(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}

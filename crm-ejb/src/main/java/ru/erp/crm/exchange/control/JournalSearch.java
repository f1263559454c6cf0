package ru.erp.crm.exchange.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ru.erp.crm.exchange.boundary.MessageFilter;
import ru.erp.crm.exchange.entity.ExchangeMessage;
import ru.erp.crm.platform.paging.PageRequest;

/**
 * The journal list's query for a filter, newest first. Every filter but the source-name text
 * narrows an indexed column ({@code received_at}, or {@code status, received_at}).
 */
public class JournalSearch {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public JournalSearch(MessageFilter filter) {
        narrow("m.channel = :channel", "channel", blankToNull(filter.channel()));
        narrow("m.direction = :direction", "direction", filter.direction());
        narrow("m.kind = :kind", "kind", blankToNull(filter.kind()));
        narrow("m.status = :status", "status", filter.status());
        narrow("m.receivedAt >= :from", "from", filter.from());
        narrow("m.receivedAt < :to", "to", filter.to());
        String q = blankToNull(filter.q());
        narrow("lower(m.sourceName) like :q escape '\\'", "q", q == null ? null : containsPattern(q));
    }

    public TypedQuery<ExchangeMessage> select(EntityManager em, PageRequest page) {
        TypedQuery<ExchangeMessage> select = em.createQuery(
                "select m from ExchangeMessage m" + where + " order by m.receivedAt desc, m.id desc", ExchangeMessage.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(page.offset()).setMaxResults(page.size());
    }

    public long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("select count(m) from ExchangeMessage m" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /** A LIKE pattern matching names that contain the text as typed: its own % and _ are literal. */
    static String containsPattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private void narrow(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

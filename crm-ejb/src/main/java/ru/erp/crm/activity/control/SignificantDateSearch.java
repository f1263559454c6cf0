package ru.erp.crm.activity.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.erp.crm.activity.boundary.SignificantDateView;
import ru.erp.crm.activity.boundary.SignificantDateView.Kind;
import ru.erp.crm.activity.control.AnnualWindow.YearSpan;
import ru.erp.crm.activity.entity.SignificantDate;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.security.control.AccessScope;

/**
 * Birthdays and other significant dates of the contact persons of customers the caller can see,
 * falling into a window of days, earliest first. Each span of the window (one per calendar year)
 * is a range of the mmdd index of contact_person and of contact_significant_date; a page is
 * merged from the first {@code offset + size} rows of each of those ordered ranges, so the work
 * stays bounded by the page, not by the number of contacts.
 */
public final class SignificantDateSearch {

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::span)
            .thenComparingInt(Ranked::mmdd).thenComparing(Ranked::kind).thenComparingLong(Ranked::id);

    private final AnnualWindow window;
    private final String visible;
    private final Map<String, Object> parameters = new HashMap<>();

    public SignificantDateSearch(AnnualWindow window, AccessScope scope) {
        this.window = window;
        this.visible = CustomerAccess.visiblePredicate("c", scope, parameters);
    }

    /** The dates at positions [offset, offset + size) of the window, in date order. */
    public List<SignificantDateView> select(EntityManager em, int offset, int size) {
        List<Ranked> rows = new ArrayList<>();
        List<YearSpan> spans = window.spans();
        for (int i = 0; i < spans.size(); i++) {
            YearSpan span = spans.get(i);
            int index = i;
            birthdays(em, span).setMaxResults(offset + size).getResultStream()
                    .forEach(p -> rows.add(birthday(index, span, p)));
            others(em, span).setMaxResults(offset + size).getResultStream()
                    .forEach(d -> rows.add(other(index, span, d)));
        }
        return rows.stream().sorted(ORDER).skip(offset).limit(size).map(Ranked::view).toList();
    }

    public long count(EntityManager em) {
        long total = 0;
        for (YearSpan span : window.spans()) {
            total += bound(em.createQuery("select count(p) from ContactPerson p join p.counterparty c where "
                    + visible + " and p.birthdayMmdd between :first and :last", Long.class), span).getSingleResult();
            total += bound(em.createQuery("select count(d) from SignificantDate d join d.person p join p.counterparty c"
                    + " where " + visible + " and d.monthDay between :first and :last", Long.class), span).getSingleResult();
        }
        return total;
    }

    private TypedQuery<ContactPerson> birthdays(EntityManager em, YearSpan span) {
        return bound(em.createQuery("select p from ContactPerson p join p.counterparty c where " + visible
                + " and p.birthdayMmdd between :first and :last order by p.birthdayMmdd, p.id", ContactPerson.class), span);
    }

    private TypedQuery<SignificantDate> others(EntityManager em, YearSpan span) {
        return bound(em.createQuery("select d from SignificantDate d join d.person p join p.counterparty c where "
                + visible + " and d.monthDay between :first and :last order by d.monthDay, d.id", SignificantDate.class), span);
    }

    private <T> TypedQuery<T> bound(TypedQuery<T> query, YearSpan span) {
        parameters.forEach(query::setParameter);
        return query.setParameter("first", span.first()).setParameter("last", span.last());
    }

    private static Ranked birthday(int index, YearSpan span, ContactPerson person) {
        return new Ranked(index, person.birthdayMmdd(), Kind.BIRTHDAY, person.id(),
                SignificantDateView.birthday(person, span.occurrence(person.birthdayMmdd())));
    }

    private static Ranked other(int index, YearSpan span, SignificantDate date) {
        return new Ranked(index, date.monthDay(), Kind.OTHER, date.id(),
                SignificantDateView.of(date, span.occurrence(date.monthDay())));
    }

    /** A row with the keys of the order its query returned it in, so the merged order agrees with each. */
    private record Ranked(int span, int mmdd, Kind kind, long id, SignificantDateView view) {
    }
}

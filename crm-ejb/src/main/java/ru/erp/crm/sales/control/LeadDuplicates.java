package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.sales.entity.LeadDetails;
import ru.erp.crm.security.control.AccessScope;

/**
 * What a lead resembles: live customers with its INN, phone, e-mail or company name, and other
 * leads with the same. Only hints, never a refusal: one company sends many enquiries, and the
 * user decides. Every lookup is an equality on a normalised, indexed column.
 */
public final class LeadDuplicates {

    private static final int PER_LOOKUP = 10;

    private final EntityManager em;

    public LeadDuplicates(EntityManager em) {
        this.em = em;
    }

    /** A customer or a lead that matches, by what. Exactly one of customer and lead is set. */
    public record Match(Counterparty customer, Lead lead, String matchedBy, String value) {

        public boolean visibleTo(AccessScope scope) {
            return customer != null ? CustomerAccess.canSee(customer, scope) : LeadAccess.canSee(lead, scope);
        }

        /** "customer #12 INN": ids and the kind of match only, so the summary reveals no names. */
        String shortText() {
            return (customer != null ? "customer #" + customer.id() : "lead #" + lead.id()) + " " + matchedBy;
        }
    }

    /** Every match, the customers first; {@code self} (a lead's own id) is left out. */
    public List<Match> of(LeadDetails details, Long self) {
        Map<String, Match> found = new LinkedHashMap<>();
        if (details.inn() != null) {
            customers("c.inn = :value", details.inn(), "INN", found);
        }
        if (details.phone() != null) {
            customersByContact(ContactKind.PHONE, details.phone(), "PHONE", found);
        }
        if (details.email() != null) {
            customersByContact(ContactKind.EMAIL, details.email(), "EMAIL", found);
        }
        String name = details.companySearchName();
        if (name != null) {
            customers("c.searchName = :value", name, "NAME", found);
        }
        if (details.inn() != null) {
            leads("l.inn = :value", details.inn(), "INN", self, found);
        }
        if (details.phone() != null) {
            leads("l.phone = :value", details.phone(), "PHONE", self, found);
        }
        if (details.email() != null) {
            leads("l.email = :value", details.email(), "EMAIL", self, found);
        }
        if (name != null) {
            leads("l.companySearchName = :value", name, "NAME", self, found);
        }
        return new ArrayList<>(found.values());
    }

    /** The matches as the lead list shows them, ids only; null when there are none. */
    public static String summary(List<Match> matches) {
        return matches.isEmpty() ? null : matches.stream().map(Match::shortText).collect(Collectors.joining("; "));
    }

    private void customers(String condition, String value, String by, Map<String, Match> found) {
        em.createQuery("select c from Counterparty c where " + condition + " and c.mergedInto is null order by c.id",
                        Counterparty.class)
                .setParameter("value", value).setMaxResults(PER_LOOKUP).getResultStream()
                .forEach(customer -> found.putIfAbsent("c" + customer.id(), new Match(customer, null, by, value)));
    }

    private void customersByContact(ContactKind kind, String value, String by, Map<String, Match> found) {
        em.createQuery("select p.counterparty from ContactPoint p where p.kind = :kind and p.normalized = :value"
                        + " and p.counterparty.mergedInto is null order by p.id", Counterparty.class)
                .setParameter("kind", kind).setParameter("value", value).setMaxResults(PER_LOOKUP).getResultStream()
                .forEach(customer -> found.putIfAbsent("c" + customer.id(), new Match(customer, null, by, value)));
    }

    private void leads(String condition, String value, String by, Long self, Map<String, Match> found) {
        em.createQuery("select l from Lead l where " + condition + " order by l.id desc", Lead.class)
                .setParameter("value", value).setMaxResults(PER_LOOKUP + 1).getResultStream()
                .filter(lead -> !lead.id().equals(self))
                .limit(PER_LOOKUP)
                .forEach(lead -> found.putIfAbsent("l" + lead.id(), new Match(null, lead, by, value)));
    }
}

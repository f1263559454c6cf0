package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.control.DuplicateDetector;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.ContactPoint;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.security.control.AccessScope;

/**
 * Finds what a lead converts into when it already exists: the customer the user chose, else the
 * live customer with the lead's INN and KPP (a lead with an INN only: the head office of that
 * INN), and on that customer a contact person reachable at the lead's phone or e-mail.
 */
public final class LeadConverter {

    private final EntityManager em;

    public LeadConverter(EntityManager em) {
        this.em = em;
    }

    /** The existing customer to reuse, if any; a chosen one must be visible and live. */
    public Optional<Counterparty> existingCustomer(Lead lead, Long chosenId, AccessScope scope) {
        if (chosenId != null) {
            Counterparty chosen = CustomerAccess.visible(em, chosenId, scope);
            if (chosen.isMerged()) {
                throw new RuleViolationException("crm.rule.customer.merged",
                        chosen.mergedInto().map(Counterparty::id).orElse(null));
            }
            return Optional.of(chosen);
        }
        if (lead.inn() == null) {
            return Optional.empty();
        }
        Optional<Counterparty> same = em.createQuery("select c from Counterparty c where c.requisitesKey = :key"
                        + " and c.mergedInto is null", Counterparty.class)
                .setParameter("key", Counterparty.requisitesKey(lead.inn(), lead.kpp()))
                .getResultStream().findFirst();
        if (same.isEmpty() && lead.kpp() == null) {
            same = new DuplicateDetector(em).headOfficeOf(lead.inn(), null);
        }
        same.filter(customer -> !CustomerAccess.canSee(customer, scope)).ifPresent(hidden -> {
            // the customer exists but not for this caller: creating another would break the INN rule
            throw new ConflictException("crm.conflict.customer.requisites", hidden.id(), String.valueOf(hidden.id()), "");
        });
        return same;
    }

    /** A contact person of the customer reachable at the lead's phone or e-mail. */
    public static Optional<ContactPerson> existingPerson(Counterparty customer, Lead lead) {
        return customer.contactPersons().stream()
                .filter(person -> person.contactPoints().stream().anyMatch(point -> reaches(point, lead)))
                .findFirst();
    }

    private static boolean reaches(ContactPoint point, Lead lead) {
        String value = point.normalized();
        return value != null && (value.equals(lead.phone()) || value.equals(lead.email()));
    }
}

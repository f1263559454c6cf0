package ru.erp.crm.customer.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.customer.boundary.CustomerViews.DuplicateCandidate;
import ru.erp.crm.customer.entity.ContactPoint;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.security.control.AccessScope;

/**
 * The duplicate rules of the customer base: the same INN and KPP is the same party (refused);
 * the same INN with another KPP is a branch of the head office; a shared phone or e-mail is
 * only a hint, reported as a warning so the user can merge.
 */
public final class DuplicateDetector {

    private final EntityManager em;

    public DuplicateDetector(EntityManager em) {
        this.em = em;
    }

    /** Refuses a record whose INN/KPP a live record other than {@code self} already has. */
    public void refuseSameRequisites(String inn, String kpp, Long self, AccessScope scope) {
        String key = Counterparty.requisitesKey(inn, kpp);
        if (key == null) {
            return;
        }
        em.createQuery("select c from Counterparty c where c.requisitesKey = :key", Counterparty.class)
                .setParameter("key", key)
                .getResultStream()
                .filter(existing -> !existing.id().equals(self))
                .findFirst()
                .ifPresent(existing -> {
                    throw new ConflictException("crm.conflict.customer.requisites", existing.id(), String.valueOf(existing.id()),
                            scope.canSee(existing.category().id()) ? existing.name() : "");
                });
    }

    /** The live head office of an INN: the record with that INN that is nobody's branch. */
    public Optional<Counterparty> headOfficeOf(String inn, Long self) {
        if (inn == null || inn.length() != 10) {
            return Optional.empty();
        }
        return em.createQuery("select c from Counterparty c where c.inn = :inn and c.mergedInto is null"
                        + " and c.headOffice is null order by c.id", Counterparty.class)
                .setParameter("inn", inn)
                .getResultStream()
                .filter(existing -> !existing.id().equals(self))
                .findFirst();
    }

    /** Visible live customers other than {@code saved} sharing one of its phones or e-mails. */
    public List<DuplicateCandidate> sharedContacts(Counterparty saved, AccessScope scope) {
        Map<Long, DuplicateCandidate> candidates = new LinkedHashMap<>();
        for (ContactPoint point : saved.contactPoints()) {
            List<ContactPoint> matches = em.createQuery("select p from ContactPoint p where p.kind = :kind"
                            + " and p.normalized = :value and p.counterparty <> :self"
                            + " and p.counterparty.mergedInto is null", ContactPoint.class)
                    .setParameter("kind", point.kind())
                    .setParameter("value", point.normalized())
                    .setParameter("self", saved)
                    .setMaxResults(20)
                    .getResultList();
            for (ContactPoint match : matches) {
                Counterparty other = match.counterparty();
                if (scope.canSee(other.category().id())) {
                    candidates.putIfAbsent(other.id(),
                            new DuplicateCandidate(other.id(), other.name(), point.kind().name(), point.normalized()));
                }
            }
        }
        return new ArrayList<>(candidates.values());
    }
}

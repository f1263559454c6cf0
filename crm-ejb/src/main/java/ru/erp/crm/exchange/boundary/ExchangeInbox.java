package ru.erp.crm.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import ru.erp.crm.exchange.entity.ExchangeFailure;
import ru.erp.crm.exchange.entity.InboxKey;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.security.entity.Role;

/** Where exchanges record which messages were applied (idempotency) and what failed, and why. */
@Stateless
public class ExchangeInbox {

    @PersistenceContext
    EntityManager em;

    @PermitAll
    public boolean alreadyApplied(String channel, String messageKey) {
        return em.find(InboxKey.class, new InboxKey.Key(channel, messageKey)) != null;
    }

    @PermitAll
    public void markApplied(String channel, String messageKey, String sourceName, String summary) {
        em.persist(new InboxKey(channel, messageKey, sourceName, Instant.now(), summary));
    }

    /** In its own transaction: the failure is kept even though the message's work is rolled back. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String channel, String sourceName, String position, String reason) {
        em.persist(new ExchangeFailure(Instant.now(), channel, sourceName, position, reason));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
    public Page<FailureView> failures(PageRequest page) {
        List<FailureView> items = em.createQuery("select f from ExchangeFailure f order by f.occurredAt desc, f.id desc",
                        ExchangeFailure.class)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(FailureView::of).toList();
        long total = em.createQuery("select count(f) from ExchangeFailure f", Long.class).getSingleResult();
        return Page.of(items, total, page);
    }

    public record FailureView(Long id, Instant occurredAt, String channel, String sourceName, String position,
                              String reason) {
        static FailureView of(ExchangeFailure failure) {
            return new FailureView(failure.id(), failure.occurredAt(), failure.channel(), failure.sourceName(),
                    failure.position(), failure.reason());
        }
    }
}

package ru.erp.crm.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.erp.crm.exchange.entity.OutboxEntry;
import ru.erp.crm.exchange.entity.OutboxStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.security.entity.Role;

/**
 * What must leave the CRM. A business change enqueues an entry in its own transaction; the
 * exchanges then take entries out: a pushing route claims them and marks each sent or failed, a
 * pulling receiver (1C's {@code type=sale&mode=query}) is handed them under a token and confirms
 * that token. Every state change locks the entry's row first, so two callers never take the same
 * entry. The exchange methods check no user roles: their callers are technical.
 */
@Stateless
public class Outbox {

    public static final String ENTITY = "outboxEntry";

    /**
     * A claim older than this is taken to be from a route that died before it could mark the
     * entry; the entry is claimed again (the receiver's idempotency key makes a repeat harmless).
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(10);
    static final int MAX_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    /** Joins the caller's transaction, so the entry exists exactly when the business change does. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long enqueue(String destination, String kind, long aggregateId, long aggregateVersion) {
        OutboxEntry entry = new OutboxEntry(destination, kind, aggregateId, aggregateVersion, Instant.now());
        em.persist(entry);
        return entry.id();
    }

    // --- push destinations ---

    /**
     * Claims up to {@code limit} entries waiting for {@code destination}, oldest first: PENDING
     * ones and those whose claim expired. They stay HANDED_OUT until marked sent or failed.
     */
    @PermitAll
    public List<OutboxEntryView> claimPending(String destination, int limit) {
        Instant now = Instant.now();
        String token = "claim-" + UUID.randomUUID();
        List<OutboxEntryView> claimed = new ArrayList<>();
        List<Long> ids = candidates("e.status = :pending or (e.status = :handedOut and e.handedOutAt < :expired)",
                Map.of("pending", OutboxStatus.PENDING, "handedOut", OutboxStatus.HANDED_OUT,
                        "expired", now.minus(CLAIM_LEASE)), destination, limit);
        for (Long id : ids) {
            OutboxEntry entry = locked(id);
            if (entry.awaitsPush(now, CLAIM_LEASE)) {
                entry.handOut(token, now);
                claimed.add(OutboxEntryView.of(entry));
            }
        }
        return claimed;
    }

    /** The entry reached its destination; {@code journalMessageId} is the journaled message that carried it. */
    @PermitAll
    public OutboxEntryView markSent(long entryId, long journalMessageId) {
        OutboxEntry entry = locked(entryId);
        entry.sent(journalMessageId, Instant.now());
        return OutboxEntryView.of(entry);
    }

    /** Sending failed: PENDING again for the next poll, FAILED after {@value OutboxEntry#MAX_ATTEMPTS} attempts. */
    @PermitAll
    public OutboxEntryView markFailed(long entryId, String reason) {
        OutboxEntry entry = locked(entryId);
        entry.failed(reason);
        return OutboxEntryView.of(entry);
    }

    // --- pull destinations ---

    /**
     * Hands up to {@code limit} entries to a receiver that pulls them, under its {@code token}:
     * PENDING ones and those handed out before without a confirmation (a query that was not
     * followed by a success returns them again), oldest first.
     */
    @PermitAll
    public List<OutboxEntryView> handOut(String destination, String token, int limit) {
        Instant now = Instant.now();
        List<OutboxEntryView> handed = new ArrayList<>();
        List<Long> ids = candidates("e.status in :waiting",
                Map.of("waiting", List.of(OutboxStatus.PENDING, OutboxStatus.HANDED_OUT)), destination, limit);
        for (Long id : ids) {
            OutboxEntry entry = locked(id);
            if (entry.awaitsPull()) {
                entry.handOut(token, now);
                handed.add(OutboxEntryView.of(entry));
            }
        }
        return handed;
    }

    /** The receiver confirmed what it was handed under {@code token}: those entries are SENT. */
    @PermitAll
    public List<OutboxEntryView> confirmHandOut(String destination, String token) {
        if (token == null || token.isBlank()) {
            return List.of();
        }
        Instant now = Instant.now();
        List<Long> ids = em.createQuery("select e.id from OutboxEntry e where e.destination = :destination"
                        + " and e.handedOutToken = :token and e.status = :status order by e.id", Long.class)
                .setParameter("destination", destination).setParameter("token", token.strip())
                .setParameter("status", OutboxStatus.HANDED_OUT).getResultList();
        List<OutboxEntryView> confirmed = new ArrayList<>();
        for (Long id : ids) {
            OutboxEntry entry = locked(id);
            if (entry.status() == OutboxStatus.HANDED_OUT && token.strip().equals(entry.handedOutToken())) {
                entry.sent(null, now);
                confirmed.add(OutboxEntryView.of(entry));
            }
        }
        return confirmed;
    }

    /**
     * Takes back what has not left yet for one aggregate (a cancelled order's shipment request):
     * its waiting entries become FAILED with the reason. Joins the caller's transaction.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int withdraw(String destination, long aggregateId, String reason) {
        List<Long> ids = em.createQuery("select e.id from OutboxEntry e where e.destination = :destination"
                        + " and e.aggregateId = :aggregate and e.status in :waiting order by e.id", Long.class)
                .setParameter("destination", destination).setParameter("aggregate", aggregateId)
                .setParameter("waiting", List.of(OutboxStatus.PENDING, OutboxStatus.HANDED_OUT)).getResultList();
        int withdrawn = 0;
        for (Long id : ids) {
            OutboxEntry entry = locked(id);
            if (entry.awaitsPull()) {
                entry.withdraw(reason);
                withdrawn++;
            }
        }
        return withdrawn;
    }

    // --- administrators ---

    /** The outbox, newest first; {@code status} and {@code destination} null mean any. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
    public Page<OutboxEntryView> list(OutboxStatus status, String destination, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (status != null) {
            where.append(" and e.status = :status");
            parameters.put("status", status);
        }
        if (destination != null && !destination.isBlank()) {
            where.append(" and e.destination = :destination");
            parameters.put("destination", destination.strip());
        }
        TypedQuery<OutboxEntry> select = em.createQuery("select e from OutboxEntry e" + where + " order by e.id desc",
                OutboxEntry.class);
        parameters.forEach(select::setParameter);
        List<OutboxEntryView> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(OutboxEntryView::of).toList();
        long total;
        if (items.size() < page.size() && page.page() == 0) {
            total = items.size();
        } else {
            TypedQuery<Long> count = em.createQuery("select count(e) from OutboxEntry e" + where, Long.class);
            parameters.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        return Page.of(items, total, page);
    }

    /**
     * Ids only, then each row locked on its own: Oracle refuses FOR UPDATE on the paged view a
     * limited query becomes, and a row someone else changed meanwhile is re-checked once locked.
     */
    private List<Long> candidates(String condition, Map<String, Object> parameters, String destination, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequestException.of("limit", "crm.validation.page.size", MAX_LIMIT);
        }
        TypedQuery<Long> query = em.createQuery("select e.id from OutboxEntry e where e.destination = :destination"
                + " and (" + condition + ") order by e.id", Long.class).setParameter("destination", destination);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private OutboxEntry locked(long id) {
        return Optional.ofNullable(em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }
}

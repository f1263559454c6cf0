package ru.erp.crm.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ru.erp.crm.exchange.control.JournalSearch;
import ru.erp.crm.exchange.control.PayloadCompression;
import ru.erp.crm.exchange.control.PayloadStore;
import ru.erp.crm.exchange.entity.ElementError;
import ru.erp.crm.exchange.entity.ExchangeMessage;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.exchange.entity.PayloadDigest;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.entity.Role;

/**
 * The journal of every exchange message, in and out: endpoints and routes record arrivals,
 * claims, batches and outcomes (without a caller identity, each step in its own transaction so
 * it survives the failure of the work around it); ERP administrators look through it, download
 * payloads, replay messages and resolve dead letters.
 */
@Stateless
public class ExchangeJournal {

    /** How the journal names its messages in not-found problems and the audit trail. */
    public static final String ENTITY = "exchangeMessage";
    /** How many element errors a message's card shows; the rest are paged. */
    static final int DETAIL_ERRORS = 200;
    static final int MAX_REPLAY = PageRequest.MAX_SIZE;
    private static final int CLAIM_CANDIDATES = 10;
    private static final int PURGE_CHUNK = 500;
    private static final List<MessageStatus> DONE = List.of(MessageStatus.APPLIED, MessageStatus.PARTLY_APPLIED,
            MessageStatus.FAILED, MessageStatus.REPLAYED);
    private static final List<MessageStatus> SUPERSEDED = List.of(MessageStatus.FAILED, MessageStatus.DEAD_LETTERED,
            MessageStatus.REPLAYED);
    private static final Logger LOG = Logger.getLogger(ExchangeJournal.class.getName());

    @PersistenceContext
    EntityManager em;

    /** The data source of the persistence unit: payload statements join the JTA transaction's connection. */
    @Resource(lookup = "java:app/jdbc/crm")
    DataSource dataSource;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    // --- endpoints and routes ---

    /**
     * Journals a message with its payload (stored gzip) and returns its id. A message with the
     * same channel, direction and key that is still waiting, running or done answers instead, so
     * a re-sent file is journaled once; after a failure, a dead letter or a replay the same key
     * is journaled anew. A blank key becomes the payload's content hash.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long receive(IncomingMessage message) {
        requireComplete(message);
        String key = blankToNull(message.idempotencyKey());
        if (key != null) {
            Optional<Long> journaled = live(message.channel().strip(), message.direction(), key);
            if (journaled.isPresent()) {
                return journaled.get();
            }
        }
        Path compressed = temporaryFile();
        try {
            PayloadDigest digest = PayloadCompression.gzip(message.payload(), compressed);
            if (key == null) {
                key = digest.contentKey();
                Optional<Long> journaled = live(message.channel().strip(), message.direction(), key);
                if (journaled.isPresent()) {
                    return journaled.get();
                }
            }
            ExchangeMessage journaled = new ExchangeMessage(message.channel().strip(), message.direction(),
                    message.kind().strip(), message.sourceName().strip(), key, digest, Instant.now());
            em.persist(journaled);
            em.flush();
            payloads().insert(journaled.id(), compressed);
            return journaled.id();
        } finally {
            deleteQuietly(compressed);
        }
    }

    /**
     * Journals a message its endpoint refused on arrival (a file that does not parse): kept with
     * its payload as a dead letter with the reason and position, in one transaction, so no route
     * ever claims it; administrators see it, download it, and resolve it. A copy of a message that
     * is already journaled and still live is left as it is.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long receiveRefused(IncomingMessage message, String reason, String position) {
        long id = receive(message);
        ExchangeMessage journaled = existing(id);
        if (journaled.status() == MessageStatus.RECEIVED) {
            journaled.deadLetter(reason, position, Instant.now());
            LOG.warning(() -> "Exchange message " + id + " (" + journaled.sourceName() + ") refused on arrival: " + reason);
        }
        return id;
    }

    /**
     * Claims the oldest RECEIVED message of one of these kinds: it becomes PROCESSING with one
     * more attempt and fresh counts, and the element errors of an earlier attempt are dropped
     * with them. Two callers never get the same message: each candidate is locked before its
     * status is checked, so the second waits, sees PROCESSING and moves on to the next one.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ClaimedMessage> claimNext(Set<String> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            return Optional.empty();
        }
        List<Long> candidates = em.createQuery("select m.id from ExchangeMessage m"
                        + " where m.status = :status and m.kind in :kinds order by m.receivedAt, m.id", Long.class)
                .setParameter("status", MessageStatus.RECEIVED).setParameter("kinds", kinds)
                .setMaxResults(CLAIM_CANDIDATES).getResultList();
        for (Long id : candidates) {
            ExchangeMessage message = em.find(ExchangeMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (message != null && message.status() == MessageStatus.RECEIVED) {
                message.start(Instant.now());
                em.createQuery("delete from ElementError e where e.messageId = :id").setParameter("id", id)
                        .executeUpdate();
                return Optional.of(ClaimedMessage.of(message));
            }
        }
        return Optional.empty();
    }

    /**
     * At start-up: what a crash left PROCESSING is queued again and re-runs from the start (the
     * importers skip elements they already applied). Assumes one node runs the routes.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int requeueInterrupted() {
        List<ExchangeMessage> interrupted = em.createQuery(
                        "select m from ExchangeMessage m where m.status = :status", ExchangeMessage.class)
                .setParameter("status", MessageStatus.PROCESSING).getResultList();
        interrupted.forEach(ExchangeMessage::requeue);
        if (!interrupted.isEmpty()) {
            LOG.info(() -> interrupted.size() + " interrupted exchange messages queued again");
        }
        return interrupted.size();
    }

    /** Decompresses the stored payload into {@code target}, replacing it. */
    @PermitAll
    public void copyPayloadTo(long messageId, Path target) {
        try (OutputStream out = Files.newOutputStream(target)) {
            writePayload(messageId, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the payload of exchange message " + messageId + " to " + target, e);
        }
    }

    /** Adds one batch's counts and element errors (one error per failed element). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordBatch(long messageId, int read, int applied, int skipped, List<ElementErrorView> errors) {
        List<ElementErrorView> failures = errors == null ? List.of() : errors;
        ExchangeMessage message = existing(messageId);
        message.recordBatch(read, applied, skipped, failures.size());
        for (ElementErrorView failure : failures) {
            em.persist(new ElementError(message, failure.position(), failure.elementId(), failure.reason()));
        }
    }

    /** An outbound message waiting for the partner's confirmation got it: APPLIED with its elements. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delivered(long messageId, int elements) {
        existing(messageId).delivered(elements, Instant.now());
    }

    /** Ends processing: APPLIED, PARTLY_APPLIED or FAILED as the counts tell. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long messageId) {
        existing(messageId).finish(Instant.now());
    }

    /** Ends processing with a message-level failure; what earlier batches applied stays, with its counts. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deadLetter(long messageId, String reason, String position) {
        ExchangeMessage message = existing(messageId);
        message.deadLetter(reason, position, Instant.now());
        LOG.warning(() -> "Exchange message " + messageId + " (" + message.sourceName() + ") dead-lettered: " + reason);
    }

    /** A transient failure: queued again, or dead-lettered once {@value ExchangeMessage#MAX_ATTEMPTS} attempts were made. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void retryLater(long messageId, String reason) {
        ExchangeMessage message = existing(messageId);
        message.retryLater(reason, Instant.now());
        LOG.log(message.status() == MessageStatus.DEAD_LETTERED ? Level.WARNING : Level.INFO,
                () -> "Exchange message " + messageId + " after attempt " + message.attempts() + " is " + message.status()
                        + ": " + reason);
    }

    @PermitAll
    public Optional<MessageProgress> progress(long messageId) {
        return Optional.ofNullable(em.find(ExchangeMessage.class, messageId)).map(MessageProgress::of);
    }

    /**
     * The progress of a message of this kind; empty for a message of another kind, so a caller
     * entitled to follow one kind (FINANCE its bank statements) learns nothing of the others.
     */
    @PermitAll
    public Optional<MessageProgress> progress(long messageId, String kind) {
        return Optional.ofNullable(em.find(ExchangeMessage.class, messageId))
                .filter(message -> message.kind().equals(kind))
                .map(MessageProgress::of);
    }

    /** The newest message journaled under this key, whatever its status. */
    @PermitAll
    public Optional<MessageProgress> findByKey(String channel, MessageDirection direction, String idempotencyKey) {
        return em.createQuery("select m from ExchangeMessage m where m.channel = :channel and m.idempotencyKey = :key"
                        + " and m.direction = :direction order by m.receivedAt desc, m.id desc", ExchangeMessage.class)
                .setParameter("channel", channel).setParameter("key", idempotencyKey).setParameter("direction", direction)
                .setMaxResults(1).getResultStream().findFirst().map(MessageProgress::of);
    }

    // --- administrators ---

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
    public Page<MessageSummary> list(MessageFilter filter, PageRequest page) {
        JournalSearch search = new JournalSearch(filter);
        List<MessageSummary> items = search.select(em, page).getResultStream().map(MessageSummary::of).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
    public Optional<MessageSummary> summary(long id) {
        return Optional.ofNullable(em.find(ExchangeMessage.class, id)).map(MessageSummary::of);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
    public Optional<MessageDetails> details(long id) {
        return Optional.ofNullable(em.find(ExchangeMessage.class, id)).map(message -> MessageDetails.of(message,
                em.createQuery("select m.id from ExchangeMessage m where m.replayOfId = :id order by m.id", Long.class)
                        .setParameter("id", id).getResultList(),
                errorCount(id),
                errorPage(id, 0, DETAIL_ERRORS)));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
    public Page<ElementErrorView> errors(long id, PageRequest page) {
        existing(id);
        return Page.of(errorPage(id, page.offset(), page.size()), errorCount(id), page);
    }

    /** The decompressed payload, for download. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
    public void writePayloadTo(long id, OutputStream out) {
        writePayload(id, out);
    }

    /**
     * Runs finished messages again: each becomes REPLAYED, and a new RECEIVED message with its
     * channel, kind, key and payload (copied inside the database) waits for the routes. Returns
     * the new ids in the order asked. Messages still waiting or running are refused (422).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
    public List<Long> replay(List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_REPLAY || ids.stream().anyMatch(Objects::isNull)) {
            throw InvalidRequestException.of("ids", "crm.validation.exchange.replayIds", MAX_REPLAY);
        }
        Instant now = Instant.now();
        List<Long> replays = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            ExchangeMessage original = existing(id);
            if (MessageKinds.ONE_C_ORDERS.equals(original.kind())) {
                // 1C pulls orders: what it did not confirm is handed out again at its next query.
                throw new RuleViolationException("crm.rule.exchange.handOutReplay", String.valueOf(id));
            }
            Map<String, Object> before = original.snapshot();
            ExchangeMessage replay = original.replay(now);
            em.persist(replay);
            em.flush();
            payloads().copy(original.id(), replay.id());
            audit.record(AuditAction.UPDATE, ENTITY, original.id(), "replayed as #" + replay.id(), before,
                    original.snapshot());
            audit.record(AuditAction.CREATE, ENTITY, replay.id(), "replay of #" + original.id() + " " + replay.sourceName(),
                    null, replay.snapshot());
            replays.add(replay.id());
        }
        return replays;
    }

    /** Records that a dead letter was dealt with by hand: by the caller, now, as the comment says. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
    public void resolve(long id, String comment) {
        ExchangeMessage message = existing(id);
        Map<String, Object> before = message.snapshot();
        message.resolve(session.getCallerPrincipal().getName(), comment, Instant.now());
        em.flush();
        audit.record(AuditAction.UPDATE, ENTITY, id, "resolved " + message.sourceName(), before, message.snapshot());
    }

    /**
     * Retention: deletes messages received longer ago than {@code age} that need nothing more
     * (applied, partly applied, failed, replayed, or dead letters someone resolved), with their
     * payloads and errors. Unresolved dead letters stay until someone looks at them.
     * Open to every caller because the retention timer has no identity; no API exposes it.
     */
    @PermitAll
    public int purgeOlderThan(Duration age) {
        if (age == null || age.isNegative()) {
            throw new IllegalArgumentException("Retention cannot be negative: " + age);
        }
        List<Long> ids = em.createQuery("select m.id from ExchangeMessage m where m.receivedAt < :cutoff"
                        + " and (m.status in :done or (m.status = :deadLettered and m.resolvedAt is not null))", Long.class)
                .setParameter("cutoff", Instant.now().minus(age)).setParameter("done", DONE)
                .setParameter("deadLettered", MessageStatus.DEAD_LETTERED).getResultList();
        PayloadStore payloads = payloads();
        for (int from = 0; from < ids.size(); from += PURGE_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(from + PURGE_CHUNK, ids.size()));
            em.createQuery("delete from ElementError e where e.messageId in :ids").setParameter("ids", chunk).executeUpdate();
            payloads.delete(chunk);
            em.createQuery("delete from ExchangeMessage m where m.id in :ids").setParameter("ids", chunk).executeUpdate();
        }
        return ids.size();
    }

    private Optional<Long> live(String channel, MessageDirection direction, String key) {
        return em.createQuery("select m.id from ExchangeMessage m where m.channel = :channel and m.idempotencyKey = :key"
                        + " and m.direction = :direction and m.status not in :superseded order by m.receivedAt desc, m.id desc",
                        Long.class)
                .setParameter("channel", channel).setParameter("key", key).setParameter("direction", direction)
                .setParameter("superseded", SUPERSEDED).setMaxResults(1).getResultStream().findFirst();
    }

    private ExchangeMessage existing(long id) {
        return Optional.ofNullable(em.find(ExchangeMessage.class, id))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    private long errorCount(long id) {
        return em.createQuery("select count(e) from ElementError e where e.messageId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    private List<ElementErrorView> errorPage(long id, int offset, int size) {
        return em.createQuery("select e from ElementError e where e.messageId = :id order by e.id", ElementError.class)
                .setParameter("id", id).setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(ElementErrorView::of).toList();
    }

    private void writePayload(long id, OutputStream out) {
        if (!payloads().writeTo(id, out)) {
            throw new RecordNotFoundException(ENTITY, id);
        }
    }

    private PayloadStore payloads() {
        return new PayloadStore(dataSource);
    }

    private static void requireComplete(IncomingMessage message) {
        if (message == null) {
            throw InvalidRequestException.of("message", "crm.validation.required");
        }
        List<Violation> violations = new ArrayList<>();
        requireText(violations, "channel", message.channel(), 64);
        requireText(violations, "kind", message.kind(), 32);
        requireText(violations, "sourceName", message.sourceName(), Integer.MAX_VALUE);
        if (message.idempotencyKey() != null && message.idempotencyKey().strip().length() > 128) {
            violations.add(new Violation("idempotencyKey", "crm.validation.tooLong", 128));
        }
        if (message.direction() == null) {
            violations.add(new Violation("direction", "crm.validation.required"));
        }
        if (message.payload() == null) {
            violations.add(new Violation("payload", "crm.validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static void requireText(List<Violation> violations, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "crm.validation.required"));
        } else if (value.strip().length() > maxLength) {
            violations.add(new Violation(field, "crm.validation.tooLong", maxLength));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("crm-journal-", ".gz");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for a payload", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the temporary payload " + file, e);
        }
    }
}

package ru.erp.crm.customer.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.erp.crm.customer.boundary.ImportReport.ElementFailure;
import ru.erp.crm.customer.control.CustomerValidator;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.customer.entity.ExternalId;
import ru.erp.crm.customer.entity.ExternalSystem;
import ru.erp.crm.exchange.boundary.ExchangeInbox;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.Violation;

/**
 * Upserts counterparties that arrive from 1C, one transaction per batch. Each element is matched
 * by its 1C GUID first (which still finds a record that was merged, through the survivor), then
 * by INN+KPP; otherwise it becomes a new customer in the import category. An element that breaks
 * a rule is reported and skipped; the rest of the batch is applied.
 */
@Stateless
@PermitAll
public class CounterpartyImports {

    /** New customers from 1C land here until someone sorts them into a category. */
    public static final String IMPORT_CATEGORY = "FROM_1C";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CustomerAssembler assembler;

    @EJB
    ExchangeInbox inbox;

    /**
     * Applies one batch in one transaction. When {@code completedMessage} is given this is the
     * message's last batch, and its idempotency key is recorded in the same transaction.
     */
    public ImportReport importBatch(String source, List<CounterpartyImport> batch, CompletedMessage completedMessage) {
        CustomerCategory category = em.createQuery("select c from CustomerCategory c where c.code = :code",
                CustomerCategory.class).setParameter("code", IMPORT_CATEGORY).getSingleResult();
        Known known = known();
        int created = 0;
        int updated = 0;
        List<ElementFailure> failures = new ArrayList<>();
        Set<String> seenRequisites = new HashSet<>();
        for (CounterpartyImport element : batch) {
            CustomerDraft draft = draftOf(element, category.code());
            List<Violation> violations = CustomerValidator.violationsOf(draft);
            if (!violations.isEmpty()) {
                failures.add(new ElementFailure(element.position(), element.externalId(), describe(violations)));
                continue;
            }
            Optional<Counterparty> existing = known.match(element);
            String key = Counterparty.requisitesKey(blankToNull(element.inn()), blankToNull(element.kpp()));
            if (existing.isEmpty() && key != null && !seenRequisites.add(key)) {
                failures.add(new ElementFailure(element.position(), element.externalId(),
                        "duplicate INN/KPP " + key + " within the batch"));
                continue;
            }
            if (existing.isPresent()) {
                String keyBefore = existing.get().requisitesKey();
                update(existing.get(), element, source);
                known.remember(existing.get(), keyBefore, element);
                updated++;
            } else {
                known.remember(create(element, category, source), null, element);
                created++;
            }
        }
        if (completedMessage != null) {
            inbox.markApplied(completedMessage.channel(), completedMessage.key(), source, completedMessage.summary());
        }
        return new ImportReport(created, updated, failures);
    }

    /** The idempotency key of a message whose last batch this is. */
    public record CompletedMessage(String channel, String key, String summary) {
    }

    /**
     * The batch's lookups, by 1C GUID then INN+KPP, are indexed point queries that do not flush:
     * before, each lookup (and an explicit flush per element) wrote the batch so far, which made a
     * batch quadratic. What the batch itself creates or changes is remembered in {@link Known}, so
     * an element still sees its predecessors as after a flush. (A batch-wide IN query would save the
     * round trips; it was tried, failed with cancelled statements that turned out to come from the
     * health check's query timeout, and has not been measured again.)
     */
    private Known known() {
        return new Known(
                guid -> em.createNamedQuery(ExternalId.FIND, ExternalId.class)
                        .setParameter("system", ExternalSystem.ONE_C)
                        .setParameter("value", guid)
                        .setFlushMode(FlushModeType.COMMIT)
                        .getResultStream().findFirst().map(ExternalId::counterparty).orElse(null),
                key -> em.createQuery("select c from Counterparty c where c.requisitesKey = :key", Counterparty.class)
                        .setParameter("key", key)
                        .setFlushMode(FlushModeType.COMMIT)
                        .getResultStream().findFirst().orElse(null));
    }

    /** The records a batch can match: the database's, kept current with what the batch creates and changes. */
    private static final class Known {
        private final Function<String, Counterparty> findByGuid;
        private final Function<String, Counterparty> findByKey;
        private final Map<String, Optional<Counterparty>> byGuid = new HashMap<>();
        private final Map<String, Optional<Counterparty>> byKey = new HashMap<>();

        Known(Function<String, Counterparty> findByGuid, Function<String, Counterparty> findByKey) {
            this.findByGuid = findByGuid;
            this.findByKey = findByKey;
        }

        Optional<Counterparty> match(CounterpartyImport element) {
            Optional<Counterparty> byId = element.externalId() == null ? Optional.empty()
                    : byGuid.computeIfAbsent(element.externalId(), guid -> Optional.ofNullable(findByGuid.apply(guid)));
            if (byId.isPresent()) {
                return byId;
            }
            String key = Counterparty.requisitesKey(blankToNull(element.inn()), blankToNull(element.kpp()));
            return key == null ? Optional.empty()
                    : byKey.computeIfAbsent(key, k -> Optional.ofNullable(findByKey.apply(k)));
        }

        void remember(Counterparty customer, String keyBefore, CounterpartyImport element) {
            if (element.externalId() != null) {
                byGuid.put(element.externalId(), Optional.of(customer));
            }
            if (keyBefore != null && byKey.getOrDefault(keyBefore, Optional.empty()).orElse(null) == customer) {
                byKey.put(keyBefore, Optional.empty());
            }
            if (customer.requisitesKey() != null) {
                byKey.put(customer.requisitesKey(), Optional.of(customer));
            }
        }
    }

    /** The id comes from the preallocated sequence at persist; the batch is written at commit, in JDBC batches. */
    private Counterparty create(CounterpartyImport element, CustomerCategory category, String source) {
        Counterparty customer = new Counterparty(kind(element), element.name(), category, Instant.now());
        assembler.apply(draftOf(element, category.code()), customer);
        identify(customer, element);
        em.persist(customer);
        audit.record(AuditAction.IMPORT, "customer", customer.id(), "created from " + source, null, customer.snapshot());
        return customer;
    }

    /** 1C owns the requisites it sends; the CRM keeps its own category, curator, roles and notes. */
    private void update(Counterparty customer, CounterpartyImport element, String source) {
        Map<String, Object> before = customer.snapshot();
        customer.rename(element.name(), blankToNull(element.fullName()));
        customer.changeRequisites(element.inn(), element.kpp(), element.ogrn());
        if (element.legalAddress() != null || element.actualAddress() != null) {
            customer.changeAddresses(
                    element.legalAddress() != null ? element.legalAddress() : customer.legalAddress(),
                    element.actualAddress() != null ? element.actualAddress() : customer.actualAddress());
        }
        if (!element.contacts().isEmpty()) {
            customer.replaceOwnContactPoints(element.contacts());
        }
        identify(customer, element);
        customer.touch(Instant.now());
        Map<String, Object> after = customer.snapshot();
        if (!before.equals(after)) {
            audit.record(AuditAction.IMPORT, "customer", customer.id(), "updated from " + source, before, after);
        }
    }

    private static void identify(Counterparty customer, CounterpartyImport element) {
        if (element.externalId() != null) {
            customer.identifyAs(ExternalSystem.ONE_C, element.externalId());
        }
    }

    private static CustomerDraft draftOf(CounterpartyImport element, String category) {
        String name = element.name() != null ? element.name() : element.fullName();
        return new CustomerDraft(kind(element).name(), name, element.fullName(), element.inn(), element.kpp(),
                element.ogrn(), category, Set.of("CLIENT"), null, element.legalAddress(), element.actualAddress(),
                null, Set.of(), List.of(), element.contacts());
    }

    private static CounterpartyKind kind(CounterpartyImport element) {
        return element.person() ? CounterpartyKind.PERSON : CounterpartyKind.ORGANIZATION;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.messageKey()).collect(Collectors.joining("; "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package ru.erp.crm.customer.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.customer.boundary.CustomerAssembler;
import ru.erp.crm.customer.boundary.CustomerDraft;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.customer.entity.ExternalId;
import ru.erp.crm.customer.entity.ExternalSystem;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.Violation;

/**
 * The counterparties 1C names in one batch, wherever it names them (its counterparty files, the
 * buyer of a document): matched by 1C GUID first (which still finds a record that was merged,
 * through the survivor that took its ids), then by INN+KPP; created as new customers in the
 * import category when neither matches. One instance serves one batch.
 *
 * <p>The lookups are indexed point queries that do not flush: before, each lookup (and an
 * explicit flush per element) wrote the batch so far, which made a batch quadratic. What the
 * batch itself creates or changes is remembered here instead, so an element still sees its
 * predecessors as after a flush. (A batch-wide IN query would save the round trips; it was tried,
 * failed with cancelled statements that turned out to come from the health check's query
 * timeout, and has not been measured again.)
 */
public final class OneCCounterparties {

    /** New customers from 1C land here until someone sorts them into a category. */
    public static final String IMPORT_CATEGORY = "FROM_1C";

    private final EntityManager em;
    private final CustomerAssembler assembler;
    private final AuditTrail audit;
    private final Map<String, Optional<Counterparty>> byGuid = new HashMap<>();
    private final Map<String, Optional<Counterparty>> byKey = new HashMap<>();
    private CustomerCategory importCategory;

    public OneCCounterparties(EntityManager em, CustomerAssembler assembler, AuditTrail audit) {
        this.em = em;
        this.assembler = assembler;
        this.audit = audit;
    }

    /** What stops the element from being a customer, as a user's draft would be checked; empty when nothing. */
    public static List<Violation> violationsOf(CounterpartyImport element) {
        return CustomerValidator.violationsOf(draftOf(element));
    }

    /** The violations in one line, for an element's failure entry. */
    public static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.messageKey()).collect(Collectors.joining("; "));
    }

    public Optional<Counterparty> match(CounterpartyImport element) {
        Optional<Counterparty> byId = element.externalId() == null ? Optional.empty()
                : byGuid.computeIfAbsent(element.externalId(), guid -> Optional.ofNullable(findByGuid(guid)));
        if (byId.isPresent()) {
            return byId;
        }
        String key = requisitesKey(element);
        return key == null ? Optional.empty()
                : byKey.computeIfAbsent(key, k -> Optional.ofNullable(findByKey(k)));
    }

    /** The key under which the element's INN+KPP is unique among live records; null without an INN. */
    public static String requisitesKey(CounterpartyImport element) {
        return Counterparty.requisitesKey(blankToNull(element.inn()), blankToNull(element.kpp()));
    }

    /**
     * A new customer in the import category, identified by the element's GUID; the id comes from
     * the preallocated sequence at persist, the row is written at commit in JDBC batches. The
     * element must have no violations.
     */
    public Counterparty create(CounterpartyImport element, String source) {
        CustomerCategory category = importCategory();
        Counterparty customer = new Counterparty(kind(element), element.name() != null ? element.name()
                : element.fullName(), category, Instant.now());
        assembler.apply(draftOf(element), customer);
        identify(customer, element);
        em.persist(customer);
        audit.record(AuditAction.IMPORT, CustomerAccess.ENTITY, customer.id(), "created from " + source, null,
                customer.snapshot());
        remember(customer, null, element);
        return customer;
    }

    /** Keeps what the batch did to a record findable: its GUID, and its requisites (changed from {@code keyBefore}). */
    public void remember(Counterparty customer, String keyBefore, CounterpartyImport element) {
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

    public static void identify(Counterparty customer, CounterpartyImport element) {
        if (element.externalId() != null) {
            customer.identifyAs(ExternalSystem.ONE_C, element.externalId());
        }
    }

    private Counterparty findByGuid(String guid) {
        return em.createNamedQuery(ExternalId.FIND, ExternalId.class)
                .setParameter("system", ExternalSystem.ONE_C)
                .setParameter("value", guid)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst().map(ExternalId::counterparty).orElse(null);
    }

    private Counterparty findByKey(String key) {
        return em.createQuery("select c from Counterparty c where c.requisitesKey = :key", Counterparty.class)
                .setParameter("key", key)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst().orElse(null);
    }

    private CustomerCategory importCategory() {
        if (importCategory == null) {
            importCategory = em.createNamedQuery(CustomerCategory.BY_CODE, CustomerCategory.class)
                    .setParameter("code", IMPORT_CATEGORY).getSingleResult();
        }
        return importCategory;
    }

    private static CustomerDraft draftOf(CounterpartyImport element) {
        String name = element.name() != null ? element.name() : element.fullName();
        return new CustomerDraft(kind(element).name(), name, element.fullName(), element.inn(), element.kpp(),
                element.ogrn(), IMPORT_CATEGORY, Set.of("CLIENT"), null, element.legalAddress(),
                element.actualAddress(), null, Set.of(), List.of(), element.contacts());
    }

    private static CounterpartyKind kind(CounterpartyImport element) {
        return element.person() ? CounterpartyKind.PERSON : CounterpartyKind.ORGANIZATION;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

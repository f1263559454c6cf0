package ru.erp.crm.customer.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.erp.crm.customer.boundary.ImportReport.ElementFailure;
import ru.erp.crm.customer.control.OneCCounterparties;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.exchange.boundary.ExchangeInbox;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.Violation;

/**
 * Upserts counterparties that arrive from 1C, one transaction per batch. Each element is matched
 * by its 1C GUID first (which still finds a record that was merged, through the survivor), then
 * by INN+KPP; otherwise it becomes a new customer in the import category (see
 * {@link OneCCounterparties}, which sales documents use for their buyers too). An element that
 * breaks a rule is reported and skipped; the rest of the batch is applied.
 */
@Stateless
@PermitAll
public class CounterpartyImports {

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
        OneCCounterparties counterparties = new OneCCounterparties(em, assembler, audit);
        int created = 0;
        int updated = 0;
        List<ElementFailure> failures = new ArrayList<>();
        Set<String> seenRequisites = new HashSet<>();
        for (CounterpartyImport element : batch) {
            List<Violation> violations = OneCCounterparties.violationsOf(element);
            if (!violations.isEmpty()) {
                failures.add(new ElementFailure(element.position(), element.externalId(),
                        OneCCounterparties.describe(violations)));
                continue;
            }
            Optional<Counterparty> existing = counterparties.match(element);
            String key = OneCCounterparties.requisitesKey(element);
            if (existing.isEmpty() && key != null && !seenRequisites.add(key)) {
                failures.add(new ElementFailure(element.position(), element.externalId(),
                        "duplicate INN/KPP " + key + " within the batch"));
                continue;
            }
            if (existing.isPresent()) {
                String keyBefore = existing.get().requisitesKey();
                update(existing.get(), element, source);
                counterparties.remember(existing.get(), keyBefore, element);
                updated++;
            } else {
                counterparties.create(element, source);
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
        OneCCounterparties.identify(customer, element);
        customer.touch(Instant.now());
        Map<String, Object> after = customer.snapshot();
        if (!before.equals(after)) {
            audit.record(AuditAction.IMPORT, "customer", customer.id(), "updated from " + source, before, after);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

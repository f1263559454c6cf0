package ru.erp.crm.customer.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerSaved;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerSummary;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerView;
import ru.erp.crm.customer.boundary.CustomerViews.TimelineEvent;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.control.CustomerSearch;
import ru.erp.crm.customer.control.CustomerValidator;
import ru.erp.crm.customer.control.DuplicateDetector;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.audit.AuditTrail.AuditQuery;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;

/**
 * The single customer base: create, change, find, merge and delete counterparties within the
 * caller's access. A record outside the caller's categories is reported as not found.
 */
@Stateless
@PermitAll
public class Customers {

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    @EJB
    CustomerAssembler assembler;

    public Page<CustomerSummary> search(CustomerQuery query, PageRequest page) {
        CustomerSearch search = new CustomerSearch(query, caller.scope());
        List<CustomerSummary> items = search.select(em, page).getResultStream().map(CustomerSummary::of).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    public CustomerView find(long id) {
        Counterparty customer = CustomerAccess.visible(em, id, caller.scope());
        return view(customer);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public CustomerSaved create(CustomerDraft draft) {
        AccessScope scope = caller.scope();
        CustomerValidator.requireValid(draft);
        DuplicateDetector duplicates = new DuplicateDetector(em);
        duplicates.refuseSameRequisites(draft.inn(), draft.kpp(), null, scope);
        CustomerCategory category = assembler.category(draft.category(), scope);
        Counterparty customer = new Counterparty(CounterpartyKind.valueOf(draft.kind().strip().toUpperCase()),
                draft.name(), category, Instant.now());
        assembler.apply(draft, customer);
        if (draft.curator() == null && scope.has(Role.SALES_MANAGER)) {
            customer.assignCurator(caller.user());
        }
        requireChangeable(customer, scope);
        duplicates.headOfficeOf(customer.inn(), null).ifPresent(customer::becomeBranchOf);
        em.persist(customer);
        em.flush();
        audit.record(AuditAction.CREATE, CustomerAccess.ENTITY, customer.id(), customer.name(), null, customer.snapshot());
        return new CustomerSaved(view(customer), duplicates.sharedContacts(customer, scope));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public CustomerSaved update(long id, long expectedVersion, CustomerDraft draft) {
        AccessScope scope = caller.scope();
        Counterparty customer = CustomerAccess.visible(em, id, scope);
        requireVersion(customer, expectedVersion);
        requireChangeable(customer, scope);
        CustomerValidator.requireValid(draft);
        DuplicateDetector duplicates = new DuplicateDetector(em);
        duplicates.refuseSameRequisites(draft.inn(), draft.kpp(), customer.id(), scope);
        Map<String, Object> before = customer.snapshot();
        customer.changeKind(CounterpartyKind.valueOf(draft.kind().strip().toUpperCase()));
        customer.moveToCategory(assembler.category(draft.category(), scope));
        assembler.apply(draft, customer);
        requireChangeable(customer, scope);
        if (customer.headOffice().isEmpty()) {
            duplicates.headOfficeOf(customer.inn(), customer.id()).ifPresent(customer::becomeBranchOf);
        }
        customer.touch(Instant.now());
        em.flush();
        audit.record(AuditAction.UPDATE, CustomerAccess.ENTITY, customer.id(), customer.name(), before, customer.snapshot());
        return new CustomerSaved(view(customer), duplicates.sharedContacts(customer, scope));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public void delete(long id, long expectedVersion) {
        AccessScope scope = caller.scope();
        Counterparty customer = CustomerAccess.visible(em, id, scope);
        requireVersion(customer, expectedVersion);
        requireChangeable(customer, scope);
        long branches = em.createQuery("select count(c) from Counterparty c where c.headOffice = :c or c.mergedInto = :c", Long.class)
                .setParameter("c", customer).getSingleResult();
        if (branches > 0) {
            throw new RuleViolationException("crm.rule.customer.hasBranches", branches);
        }
        Map<String, Object> before = customer.snapshot();
        em.remove(customer);
        audit.record(AuditAction.DELETE, CustomerAccess.ENTITY, id, customer.name(), before, null);
    }

    /**
     * Folds {@code mergedId} into {@code survivorId}: the user chose the survivor; contacts,
     * bank accounts and external ids move to it; both records' histories tell of the merge.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public CustomerView merge(long survivorId, long mergedId) {
        if (survivorId == mergedId) {
            throw new InvalidRequestException(List.of(new Violation("mergedId", "crm.validation.merge.self")));
        }
        AccessScope scope = caller.scope();
        Counterparty survivor = CustomerAccess.visible(em, survivorId, scope);
        Counterparty merged = CustomerAccess.visible(em, mergedId, scope);
        requireChangeable(survivor, scope);
        requireChangeable(merged, scope);
        Map<String, Object> survivorBefore = survivor.snapshot();
        Map<String, Object> mergedBefore = merged.snapshot();
        em.createQuery("update Counterparty c set c.headOffice = :survivor where c.headOffice = :merged")
                .setParameter("survivor", survivor).setParameter("merged", merged).executeUpdate();
        survivor.absorb(merged, Instant.now());
        em.flush();
        audit.record(AuditAction.MERGE, CustomerAccess.ENTITY, survivor.id(), "merged #" + merged.id() + " " + merged.name(),
                survivorBefore, survivor.snapshot());
        audit.record(AuditAction.MERGED_INTO, CustomerAccess.ENTITY, merged.id(), "merged into #" + survivor.id() + " " + survivor.name(),
                mergedBefore, merged.snapshot());
        return view(survivor);
    }

    /** The card's history: every recorded change, merge and access to it, newest first. */
    public Page<TimelineEvent> timeline(long id, PageRequest page) {
        CustomerAccess.visible(em, id, caller.scope());
        return audit.history(new AuditQuery(CustomerAccess.ENTITY, String.valueOf(id), null, null, null), page)
                .map(entry -> new TimelineEvent(entry.occurredAt(), entry.action(), entry.actor(), entry.summary(),
                        entry.changes()));
    }

    private static void requireVersion(Counterparty customer, long expected) {
        if (customer.version() != expected) {
            throw new StaleVersionException(CustomerAccess.ENTITY, customer.id(), expected, customer.version());
        }
    }

    private static void requireChangeable(Counterparty customer, AccessScope scope) {
        CustomerAccess.requireChangeable(customer, scope);
        if (customer.isMerged()) {
            throw new RuleViolationException("crm.rule.customer.merged", customer.mergedInto().map(Counterparty::id).orElse(null));
        }
    }

    private CustomerView view(Counterparty customer) {
        List<Counterparty> branches = customer.id() == null ? new ArrayList<>()
                : em.createQuery("select c from Counterparty c where c.headOffice = :c and c.mergedInto is null order by c.id",
                        Counterparty.class).setParameter("c", customer).setMaxResults(100).getResultList();
        return CustomerView.of(customer, branches);
    }
}

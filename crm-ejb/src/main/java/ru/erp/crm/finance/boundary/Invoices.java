package ru.erp.crm.finance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.finance.control.InvoiceAccess;
import ru.erp.crm.finance.control.InvoiceSearch;
import ru.erp.crm.finance.control.InvoiceValidator;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;

/**
 * Invoices to customers, their payment status, overdue control and expected payments. Every read
 * is limited to invoices whose customer the caller may see; anything else is "not found".
 */
@Stateless
@PermitAll
public class Invoices {

    private static final String DEFAULT_CURRENCY = "RUB";

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    /** Decides what "today" is for overdue checks; the server's zone, as the users' dates are. */
    Clock clock = Clock.systemDefaultZone();

    /**
     * Creates an invoice for a visible customer, until 1C documents and sales orders create them.
     * Sales roles may bill only the customers they may change (their own or their team's).
     */
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public InvoiceView create(InvoiceDraft draft) {
        InvoiceValidator.requireValid(draft);
        AccessScope scope = caller.scope();
        Counterparty customer = CustomerAccess.visible(em, draft.customerId(), scope);
        if (!scope.has(Role.FINANCE) && !scope.has(Role.ADMIN)) {
            CustomerAccess.requireChangeable(customer, scope);
        }
        String externalId = draft.externalId() == null || draft.externalId().isBlank() ? null : draft.externalId().strip();
        if (externalId != null) {
            em.createQuery("select i.id from Invoice i where i.externalId = :externalId", Long.class)
                    .setParameter("externalId", externalId).getResultStream().findFirst()
                    .ifPresent(existing -> {
                        throw new ConflictException("crm.conflict.invoice.externalId", existing, externalId);
                    });
        }
        String currency = draft.currency() == null || draft.currency().isBlank() ? DEFAULT_CURRENCY : draft.currency().strip();
        Invoice invoice = new Invoice(draft.number(), draft.date(), customer, draft.amount(), currency, draft.dueDate(),
                externalId, Instant.now(clock));
        em.persist(invoice);
        em.flush();
        audit.record(AuditAction.CREATE, InvoiceAccess.ENTITY, invoice.id(), invoice.number(), null, invoice.snapshot());
        return InvoiceView.of(invoice, today());
    }

    public InvoiceView find(long id) {
        return InvoiceView.of(InvoiceAccess.visible(em, id, caller.scope()), today());
    }

    public Page<InvoiceView> list(InvoiceQuery query, PageRequest page) {
        LocalDate today = today();
        InvoiceSearch search = InvoiceSearch.of(query, caller.scope(), today);
        List<InvoiceView> items = search.select(em, page).getResultStream()
                .map(invoice -> InvoiceView.of(invoice, today)).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    /** Overdue debt per visible customer, largest first; {@code curator}: only that manager's customers. */
    public Page<OverdueDebt> overdueByCustomer(String curator, PageRequest page) {
        InvoiceSearch search = InvoiceSearch.overdue(caller.scope(), today(), curator);
        List<OverdueDebt> items = search.perCustomer(em, page);
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.countCustomers(em);
        return Page.of(items, total, page);
    }

    /** Overdue debt of the visible customers per curator (null: customers nobody curates). */
    public List<OverdueDebt> overdueByCurator() {
        return InvoiceSearch.overdue(caller.scope(), today(), null).perCurator(em);
    }

    /** What the customer is expected to pay and when: its open invoices, earliest due first. */
    public List<Receivable> receivables(long customerId) {
        AccessScope scope = caller.scope();
        CustomerAccess.visible(em, customerId, scope);
        LocalDate today = today();
        return InvoiceSearch.open(scope, customerId).all(em).getResultStream()
                .map(invoice -> new Receivable(invoice.id(), invoice.number(), invoice.dueDate(), invoice.openAmount(),
                        invoice.currency(), invoice.overdue(today)))
                .toList();
    }

    /**
     * The payments the caller expects: open invoices of the customers the caller curates, overdue
     * or due within {@code days} days from today, earliest due first (the start page's block).
     */
    public Page<InvoiceView> expectedPayments(int days, PageRequest page) {
        AccessScope scope = caller.scope();
        LocalDate today = today();
        InvoiceSearch search = InvoiceSearch.expectedFrom(scope, scope.userId(), today.plusDays(Math.max(0, days)));
        List<InvoiceView> items = search.select(em, page).getResultStream()
                .map(invoice -> InvoiceView.of(invoice, today)).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package ru.erp.crm.finance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.finance.control.InvoiceAccess;
import ru.erp.crm.finance.control.InvoiceSearch;
import ru.erp.crm.finance.control.InvoiceValidator;
import ru.erp.crm.finance.control.StatementBatch;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.finance.entity.Payment;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;

/**
 * Incoming payments: recorded from bank statements and matched to open invoices automatically
 * (see {@code PaymentMatcher} for the rules); what the matcher leaves is FINANCE's queue, matched
 * or ignored by hand here. Payments are not limited by customer category: FINANCE handles all
 * money that comes in, also from payers the customer base does not know. The invoice a payment
 * is matched to by hand must be visible to the caller.
 */
@Stateless
@RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
public class Payments {

    static final String ENTITY = "payment";
    private static final int REASON_LENGTH = 1000;
    static final int CANDIDATES = 20;

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    /**
     * Records one batch of a bank statement of message {@code messageId} (the exchange journal's
     * id) of {@code channel}, in one transaction. A {@link BankStatementElement.Statement} names our
     * accounts for the documents after it in the batch (the route repeats it at the head of every
     * batch). A document paid into one of them is an incoming payment: recorded with its payer
     * resolved by INN/KPP through the customer base, and matched. Skipped: documents paid into other
     * accounts (outgoing), and documents whose key (kind, number, date, amount, payer's and payee's
     * account) is recorded already, so a re-sent statement applies nothing twice. Refused with
     * their position: unreadable documents, documents without date or amount, and documents before
     * any statement accounts. No audit entry per payment: the journal records the message and its
     * counts, and the allocation rows say who matched what (AUTO).
     */
    @PermitAll
    public PaymentReport applyStatement(String channel, long messageId, List<BankStatementElement> batch) {
        return StatementBatch.apply(em, channel, messageId, batch, Instant.now());
    }

    /** Payments newest first; FINANCE's queue is {@code status = UNMATCHED}. */
    public Page<PaymentView> list(PaymentQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", query.status());
        }
        if (query.from() != null) {
            where.append(" and p.date >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and p.date <= :to");
            parameters.put("to", query.to());
        }
        if (query.payerInn() != null && !query.payerInn().isBlank()) {
            where.append(" and p.payerInn = :payerInn");
            parameters.put("payerInn", query.payerInn().strip());
        }
        TypedQuery<Payment> select = em.createQuery("select p from Payment p" + where + " order by p.date desc, p.id desc",
                Payment.class).setHint("eclipselink.batch", "p.allocations");
        TypedQuery<Long> count = em.createQuery("select count(p) from Payment p" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<PaymentView> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(PaymentView::of).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : count.getSingleResult();
        return Page.of(items, total, page);
    }

    /**
     * The open invoices the caller may see that a payment could be matched to, earliest due first,
     * at most {@value #CANDIDATES}: those of the customers with the payer's INN, or with
     * {@code anyCustomer} any customer's — then only by number, since the list would otherwise be
     * every open invoice. {@code number}: the start of the invoice number, as typed; blank for all.
     */
    public List<MatchCandidate> matchCandidates(long paymentId, String number, boolean anyCustomer) {
        Payment payment = payment(paymentId);
        String prefix = number == null || number.isBlank() ? null : number.strip();
        if (anyCustomer ? prefix == null : payment.payerInn() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        return InvoiceSearch.openToMatch(caller.scope(), anyCustomer ? null : payment.payerInn(), prefix)
                .select(em, new PageRequest(0, CANDIDATES)).getResultStream()
                .map(invoice -> new MatchCandidate(InvoiceView.of(invoice, today),
                        invoice.openAmount().min(payment.unallocatedAmount())))
                .toList();
    }

    /** Books {@code amount} of the payment against a visible invoice, by hand; audited. */
    public PaymentView match(long paymentId, long invoiceId, BigDecimal amount) {
        List<Violation> violations = new ArrayList<>();
        InvoiceValidator.amount(violations, "amount", amount);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AccessScope scope = caller.scope();
        Payment payment = payment(paymentId);
        Invoice invoice = InvoiceAccess.visible(em, invoiceId, scope);
        Map<String, Object> before = payment.snapshot();
        payment.allocate(invoice, amount, scope.login(), Instant.now());
        em.flush();
        audit.record(AuditAction.UPDATE, ENTITY, payment.id(), "matched " + amount + " to invoice #" + invoice.id()
                + " " + invoice.number(), before, payment.snapshot());
        return PaymentView.of(payment);
    }

    /** Takes an unmatched payment out of the queue (a refund, a loan, a mistake), saying why; audited. */
    public PaymentView ignore(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.of("reason", "crm.validation.required");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw InvalidRequestException.of("reason", "crm.validation.tooLong", REASON_LENGTH);
        }
        Payment payment = payment(id);
        Map<String, Object> before = payment.snapshot();
        payment.ignore(reason.strip());
        em.flush();
        audit.record(AuditAction.UPDATE, ENTITY, payment.id(), "ignored: " + reason.strip(), before, payment.snapshot());
        return PaymentView.of(payment);
    }

    private Payment payment(long id) {
        return Optional.ofNullable(em.find(Payment.class, id)).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }
}

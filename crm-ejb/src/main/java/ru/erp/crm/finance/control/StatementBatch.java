package ru.erp.crm.finance.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.finance.boundary.BankStatementElement.Document;
import ru.erp.crm.finance.boundary.BankStatementElement.Statement;
import ru.erp.crm.finance.boundary.BankStatementElement.Unreadable;
import ru.erp.crm.finance.boundary.PaymentReport;
import ru.erp.crm.finance.boundary.PaymentReport.ElementFailure;
import ru.erp.crm.finance.control.PaymentMatcher.Allocation;
import ru.erp.crm.finance.control.PaymentMatcher.Decision;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.finance.entity.Payment;
import ru.erp.crm.finance.entity.PaymentDocument;

/**
 * Records one batch of a bank statement as incoming payments and matches them, with a few queries
 * per batch whatever its content: the known keys, the payers' customers, the open invoices of the
 * batch's payer INNs (as plain values: with ten open invoices a payer, managing them all as entities,
 * each cloned and compared at commit, cost a fifth of a batch to pay a tenth of them) and the
 * invoices actually paid, each in IN lists of {@value #CHUNK}; the matching itself runs in memory.
 * The payments and allocations are written as JDBC batches on the transaction's connection, the
 * invoices wait for the commit, where they go out through JPA.
 *
 * <p>The IN lists are short on purpose: H2 checks every row an index returns against the whole list
 * again, element by element, so a query's cost grows with rows times list length; at 1,000 per
 * list the open-invoice query took a third of a batch's time. On Oracle the shorter lists only add round trips.
 */
public final class StatementBatch {

    static final String OUTGOING = "outgoing";
    static final String NO_STATEMENT = "no statement accounts (СекцияРасчСчет) precede the document";
    static final String NO_DATE = "the document has no date";
    static final String NO_AMOUNT = "the document has no positive amount in kopecks";
    private static final int CHUNK = 100;

    private final EntityManager em;
    private final String channel;
    private final long messageId;
    private final Instant now;

    private StatementBatch(EntityManager em, String channel, long messageId, Instant now) {
        this.em = em;
        this.channel = channel;
        this.messageId = messageId;
        this.now = now;
    }

    public static PaymentReport apply(EntityManager em, String channel, long messageId,
                                      List<BankStatementElement> batch, Instant now) {
        return new StatementBatch(em, channel, messageId, now).apply(batch);
    }

    private PaymentReport apply(List<BankStatementElement> batch) {
        em.setFlushMode(FlushModeType.COMMIT);
        int read = 0;
        int skipped = 0;
        List<ElementFailure> failures = new ArrayList<>();
        Map<String, PaymentDocument> incoming = new LinkedHashMap<>();
        Set<String> ours = null;
        for (BankStatementElement element : batch) {
            if (element instanceof Statement statement) {
                ours = new HashSet<>(statement.accounts().stream().map(String::strip).toList());
                continue;
            }
            read++;
            if (element instanceof Unreadable unreadable) {
                failures.add(new ElementFailure(unreadable.position(), unreadable.number(), unreadable.reason()));
            } else if (element instanceof Document document) {
                String refused = ours == null ? NO_STATEMENT : refusal(document);
                if (refused != null) {
                    failures.add(new ElementFailure(document.position(), document.number(), refused));
                } else if (document.payee() == null || document.payee().account() == null
                        || !ours.contains(document.payee().account().strip())) {
                    skipped++;
                } else {
                    PaymentDocument payment = paymentDocument(document);
                    if (incoming.putIfAbsent(payment.key(), payment) != null) {
                        skipped++;
                    }
                }
            }
        }
        skipped += forgetKnown(incoming);
        record(incoming.values());
        return new PaymentReport(read, incoming.size(), skipped, failures);
    }

    private static String refusal(Document document) {
        if (document.date() == null) {
            return NO_DATE;
        }
        if (document.amount() == null || document.amount().signum() <= 0
                || document.amount().stripTrailingZeros().scale() > 2) {
            return NO_AMOUNT;
        }
        return null;
    }

    private static PaymentDocument paymentDocument(Document document) {
        BankStatementElement.Party payer = document.payer() == null
                ? new BankStatementElement.Party(null, null, null, null, null, null) : document.payer();
        return new PaymentDocument(document.kind(), document.number(), document.date(), document.amount(),
                payer.inn(), payer.kpp(), payer.name(), payer.account(), payer.bik(), document.payee().account(),
                document.purpose());
    }

    /** Drops the documents recorded by an earlier message or batch; returns how many. */
    private int forgetKnown(Map<String, PaymentDocument> incoming) {
        int known = 0;
        for (List<String> keys : chunks(List.copyOf(incoming.keySet()))) {
            List<String> found = em.createQuery("select p.key from Payment p where p.key in :keys", String.class)
                    .setParameter("keys", keys).getResultList();
            found.forEach(incoming::remove);
            known += found.size();
        }
        return known;
    }

    /**
     * Decides every payment on plain values of the payers' open invoices, in statement order (a
     * later payment sees what an earlier one left open), then loads as entities only the invoices
     * the decisions pay, books the payments on them and writes the payments as rows
     * ({@link PaymentRows}); the invoices go out through JPA at commit.
     */
    private void record(Collection<PaymentDocument> documents) {
        Set<String> inns = new LinkedHashSet<>();
        for (PaymentDocument document : documents) {
            if (document.payerInn() != null) {
                inns.add(document.payerInn());
            }
        }
        Map<String, List<Counterparty>> customers = customersByInn(List.copyOf(inns));
        Map<String, List<OpenInvoice>> invoices = openInvoicesByInn(List.copyOf(inns));
        List<Decision<OpenInvoice>> decisions = new ArrayList<>(documents.size());
        Map<Long, OpenInvoice> paid = new LinkedHashMap<>();
        for (PaymentDocument document : documents) {
            Decision<OpenInvoice> decision = PaymentMatcher.decide(document.purpose(), document.amount(),
                    invoices.getOrDefault(document.payerInn(), List.of()));
            for (Allocation<OpenInvoice> allocation : decision.allocations()) {
                allocation.invoice().book(allocation.amount());
                paid.put(allocation.invoice().id(), allocation.invoice());
            }
            decisions.add(decision);
        }
        Map<Long, Invoice> entities = invoicesAsRead(paid);
        List<Payment> payments = new ArrayList<>(documents.size());
        Iterator<Decision<OpenInvoice>> decided = decisions.iterator();
        for (PaymentDocument document : documents) {
            Decision<OpenInvoice> decision = decided.next();
            Counterparty payer = payer(customers.getOrDefault(document.payerInn(), List.of()), document.payerKpp())
                    .orElse(null);
            Payment payment = new Payment(document, payer, channel, messageId, now);
            for (Allocation<OpenInvoice> allocation : decision.allocations()) {
                payment.allocate(entities.get(allocation.invoice().id()), allocation.amount(), Payment.AUTO, now);
            }
            if (!decision.matched()) {
                payment.leaveUnmatched(decision.unmatched().name());
            }
            payments.add(payment);
        }
        PaymentRows.insert(em, payments);
    }

    /**
     * Live customers by INN, as entities: a payment refers to its payer, and without weaving
     * EclipseLink's getReference would read each one by itself.
     */
    private Map<String, List<Counterparty>> customersByInn(List<String> inns) {
        Map<String, List<Counterparty>> byInn = new HashMap<>();
        for (List<String> chunk : chunks(inns)) {
            em.createQuery("select c from Counterparty c where c.inn in :inns and coalesce(c.mergedIntoId, 0) = 0",
                            Counterparty.class)
                    .setParameter("inns", chunk).getResultStream()
                    .forEach(customer -> byInn.computeIfAbsent(customer.inn(), inn -> new ArrayList<>()).add(customer));
        }
        return byInn;
    }

    /** The open invoices of the payers, as values, oldest due first: the order the matcher weighs them in. */
    private Map<String, List<OpenInvoice>> openInvoicesByInn(List<String> inns) {
        Map<String, List<OpenInvoice>> byInn = new HashMap<>();
        for (List<String> chunk : chunks(inns)) {
            em.createQuery("select i.id, i.version, i.number, c.inn, i.amount, i.paidAmount from Invoice i join i.customer c"
                            + " where c.inn in :inns and i.status in :open order by i.dueDate, i.id", Object[].class)
                    .setParameter("inns", chunk).setParameter("open", List.copyOf(InvoiceStatus.OPEN))
                    .getResultStream()
                    .map(row -> new OpenInvoice((Long) row[0], ((Number) row[1]).longValue(), (String) row[2],
                            (String) row[3], (BigDecimal) row[4], (BigDecimal) row[5]))
                    .forEach(invoice -> byInn.computeIfAbsent(invoice.payerInn(), inn -> new ArrayList<>()).add(invoice));
        }
        return byInn;
    }

    /**
     * The invoices to be paid, as entities by id. One changed since its value was read (another
     * transaction paid or revised it) fails the batch as an optimistic-lock conflict, as a change
     * found at commit would: the decision was made on what is no longer there.
     */
    private Map<Long, Invoice> invoicesAsRead(Map<Long, OpenInvoice> values) {
        Map<Long, Invoice> byId = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(values.keySet()))) {
            em.createQuery("select i from Invoice i where i.id in :ids", Invoice.class)
                    .setParameter("ids", chunk).getResultStream()
                    .forEach(invoice -> byId.put(invoice.id(), invoice));
        }
        for (OpenInvoice value : values.values()) {
            Invoice invoice = byId.get(value.id());
            if (invoice == null || invoice.version() != value.version()) {
                throw new OptimisticLockException("invoice " + value.number() + " changed while a statement was applied",
                        null, invoice);
            }
        }
        return byId;
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
        }
        return chunks;
    }

    /**
     * Of the live customers with the payer's INN: the one with the payer's KPP; failing that (no
     * KPP, or one the base does not know) the head office among them, or the only one.
     */
    static Optional<Counterparty> payer(List<Counterparty> sameInn, String kpp) {
        return sameInn.stream().filter(c -> kpp != null && Objects.equals(c.kpp(), kpp)).findFirst()
                .or(() -> single(sameInn.stream().filter(c -> c.headOffice().isEmpty()).toList()))
                .or(() -> single(sameInn));
    }

    private static Optional<Counterparty> single(List<Counterparty> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}

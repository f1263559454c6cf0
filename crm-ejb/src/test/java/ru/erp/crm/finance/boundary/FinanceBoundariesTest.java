package ru.erp.crm.finance.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.finance.boundary.BankStatementElement.Document;
import ru.erp.crm.finance.boundary.BankStatementElement.Party;
import ru.erp.crm.finance.boundary.BankStatementElement.Unreadable;
import ru.erp.crm.finance.boundary.PaymentReport.ElementFailure;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.finance.entity.PaymentStatus;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.testing.TestDatabase;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * The finance boundaries' mappings, queries and batch against H2 in Oracle mode, migrated by the
 * product's scripts, with EclipseLink as Payara runs it; each call in a fresh persistence context
 * and its own transaction, as a container-managed call would be. Security annotations are the
 * container's and are left to the ITs; the caller's scope is given.
 */
class FinanceBoundariesTest {

    private static final String OURS = "40702810900000000001";
    private static final String ROMASHKA_INN = "7707083893";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static TestDatabase db;

    private final Payments payments = new Payments();
    private final Invoices invoices = new Invoices();
    private final List<String> audited = new ArrayList<>();
    private AccessScope scope;
    private long romashka;
    private long hidden;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void customers() {
        db.delete("payment_allocation", "payment", "invoice", "counterparty", "crm_user_role", "crm_user");
        db.execute("delete from customer_category where code <> 'FROM_1C'");
        AuditTrail audit = new AuditTrail() {
            @Override
            public void record(AuditAction action, String entity, Object entityId, String summary,
                               Map<String, ?> before, Map<String, ?> after) {
                audited.add(action + " " + entity + " " + entityId + ": " + summary);
            }
        };
        CallerScope caller = new CallerScope() {
            @Override
            public AccessScope scope() {
                return scope;
            }
        };
        payments.audit = audit;
        payments.caller = caller;
        invoices.audit = audit;
        invoices.caller = caller;
        invoices.clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        romashka = call(em -> customer(em, "FROM_1C", "ООО «Ромашка»", ROMASHKA_INN));
        hidden = call(em -> customer(em, "SECRET", "ООО «Тайна»", "7736207543"));
        scope = finance(true);
    }

    @Test
    void aStatementRecordsIncomingPaymentsMatchesThemAndAResendAppliesNothing() {
        long paidByNumber = invoice(romashka, "БП-000123", "1000.00", TODAY.minusDays(10));
        long paidByAmount = invoice(romashka, "БП-000124", "555.55", TODAY.plusDays(10));
        List<BankStatementElement> statement = List.of(
                new BankStatementElement.Statement("1.03", "Бухгалтерия", TODAY, TODAY, List.of(OURS), "line 3"),
                document("1", "1200.00", "Оплата по счету № 123 от 13.11.2026", OURS, "line 10"),
                document("2", "555.55", "Оплата за товар", OURS, "line 30"),
                document("3", "70.00", "Оплата за товар", OURS, "line 50"),
                document("4", "300.00", "Аренда", "40702810900000000999", "line 70"),
                new Unreadable("5", "СуммаДокумента is not a number: 1,2,3", "line 90"));

        PaymentReport first = call(em -> pay(statement));

        assertEquals(new PaymentReport(5, 3, 1, List.of(new ElementFailure("line 90", "5",
                "СуммаДокумента is not a number: 1,2,3"))), first);
        assertEquals(InvoiceStatus.PAID, call(em -> invoices.find(paidByNumber)).status());
        assertEquals(InvoiceStatus.PAID, call(em -> invoices.find(paidByAmount)).status());
        List<PaymentView> recorded = call(em -> payments.list(new PaymentQuery(null, null, null, null), new PageRequest(0, 10))).items();
        PaymentView overpaid = recorded.stream().filter(p -> "1".equals(p.number())).findFirst().orElseThrow();
        assertEquals(PaymentStatus.PARTLY_MATCHED, overpaid.status());
        assertEquals(new BigDecimal("200.00"), overpaid.unallocatedAmount());
        assertEquals(romashka, overpaid.customerId());
        assertEquals("AUTO", overpaid.allocations().get(0).matchedBy());
        PaymentView queued = call(em -> payments.list(new PaymentQuery(PaymentStatus.UNMATCHED, TODAY, TODAY, ROMASHKA_INN),
                new PageRequest(0, 10))).items().get(0);
        assertEquals("3", queued.number());
        assertEquals("NO_OPEN_INVOICES", queued.statusReason());

        PaymentReport again = call(em -> pay(statement));

        assertEquals(new PaymentReport(5, 0, 4, first.failures()), again);
        assertEquals(3, call(em -> payments.list(new PaymentQuery(null, null, null, null), new PageRequest(0, 10))).total());
    }

    @Test
    void aBatchWithMorePayersThanOneQueryListsFindsEveryPayersInvoices() {
        int payers = 250;
        List<BankStatementElement> batch = new ArrayList<>();
        batch.add(new BankStatementElement.Statement("1.03", null, TODAY, TODAY, List.of(OURS), "line 1"));
        List<Long> invoiceIds = new ArrayList<>();
        for (int i = 0; i < payers; i++) {
            String inn = String.format("50%08d", i);
            long customer = call(em -> customer(em, "FROM_1C", "ООО «Плательщик " + inn + "»", inn));
            invoiceIds.add(invoice(customer, "П-" + i, "100.00", TODAY.plusDays(5)));
            batch.add(new Document("Платежное поручение", String.valueOf(i), TODAY, new BigDecimal("100.00"),
                    new Party("40702810100000" + String.format("%06d", i), inn, null, "Плательщик", "044525225", null),
                    new Party(OURS, "7725000000", null, "Мы", "044525225", null), TODAY, null,
                    "Оплата по счету № П-" + i, "line " + (i + 2)));
        }

        PaymentReport report = call(em -> pay(batch));

        assertEquals(new PaymentReport(payers, payers, 0, List.of()), report);
        assertEquals(payers, call(em -> payments.list(new PaymentQuery(PaymentStatus.MATCHED, null, null, null),
                new PageRequest(0, 1))).total());
        for (long id : List.of(invoiceIds.get(0), invoiceIds.get(99), invoiceIds.get(100), invoiceIds.get(payers - 1))) {
            assertEquals(InvoiceStatus.PAID, call(em -> invoices.find(id)).status());
        }
    }

    @Test
    void laterPaymentsSeeWhatEarlierOnesLeftOpenInTheSameBatchAndTheNext() {
        long invoice = invoice(romashka, "77", "100.00", TODAY.plusDays(5));
        BankStatementElement.Statement accounts = new BankStatementElement.Statement("1.03", null, TODAY, TODAY,
                List.of(OURS), "line 1");
        call(em -> pay(List.of(accounts, document("1", "40.00", "Аванс по счету 77", OURS, "line 2"))));

        PaymentReport report = call(em -> pay(List.of(accounts, document("2", "30.00", "Оплата по сч. 77", OURS, "line 2"),
                document("3", "30.00", "Оплата", OURS, "line 3"), document("4", "5.00", "по счету 77", OURS, "line 4"))));

        assertEquals(new PaymentReport(3, 3, 0, List.of()), report);
        assertEquals(InvoiceStatus.PAID, call(em -> invoices.find(invoice)).status());
        List<PaymentView> recorded = call(em -> payments.list(new PaymentQuery(null, null, null, null), new PageRequest(0, 10))).items();
        assertEquals(Map.of("1", PaymentStatus.MATCHED, "2", PaymentStatus.MATCHED, "3", PaymentStatus.MATCHED,
                        "4", PaymentStatus.UNMATCHED),
                recorded.stream().collect(Collectors.toMap(PaymentView::number, PaymentView::status)));
        assertEquals("NO_OPEN_INVOICES", recorded.stream().filter(p -> "4".equals(p.number())).findFirst().orElseThrow()
                .statusReason());
    }

    @Test
    void paymentsWrittenByTheStatementAreMatchedByHandLikeAnyOther() {
        long invoice = invoice(romashka, "88", "100.00", TODAY.plusDays(5));
        call(em -> pay(List.of(new BankStatementElement.Statement("1.03", null, TODAY, TODAY, List.of(OURS), "line 1"),
                document("1", "70.00", "Аванс по счету 88", OURS, "line 2"), document("2", "10.00", "Оплата", OURS, "line 3"))));
        PaymentView queued = call(em -> payments.list(new PaymentQuery(PaymentStatus.UNMATCHED, null, null, null),
                new PageRequest(0, 10))).items().get(0);
        assertEquals(1, queued.version(), "written as EclipseLink's first write would");

        // the allocation persisted by JPA takes its id from another block of the sequence than the
        // statement's rows: a clash would break the primary key here
        PaymentView matched = call(em -> payments.match(queued.id(), invoice, new BigDecimal("10.00")));

        assertEquals(PaymentStatus.MATCHED, matched.status());
        assertEquals(2, matched.version());
        assertEquals(new BigDecimal("20.00"), call(em -> invoices.find(invoice)).openAmount());
        PaymentView byStatement = call(em -> payments.list(new PaymentQuery(PaymentStatus.MATCHED, null, null, null),
                new PageRequest(0, 10))).items().stream().filter(p -> "1".equals(p.number())).findFirst().orElseThrow();
        assertEquals(new BigDecimal("70.00"), byStatement.allocations().get(0).amount());
    }

    @Test
    void documentsBeforeAnyStatementAccountsAreRefused() {
        PaymentReport report = call(em -> pay(List.of(document("1", "10.00", "x", OURS, "line 5"))));

        assertEquals(1, report.failed());
        assertEquals("line 5", report.failures().get(0).position());
    }

    @Test
    void financeMatchesAQueuedPaymentByHandOrIgnoresIt() {
        long invoice = invoice(romashka, "77", "100.00", TODAY.plusDays(5));
        call(em -> pay(List.of(new BankStatementElement.Statement("1.03", null, TODAY, TODAY, List.of(OURS), "line 1"),
                document("1", "60.00", "Оплата", OURS, "line 2"), document("2", "1.00", "Ошибка", OURS, "line 3"))));
        List<PaymentView> queue = call(em -> payments.list(new PaymentQuery(PaymentStatus.UNMATCHED, null, null, null),
                new PageRequest(0, 10))).items();
        long partial = queue.stream().filter(p -> "1".equals(p.number())).findFirst().orElseThrow().id();
        long mistaken = queue.stream().filter(p -> "2".equals(p.number())).findFirst().orElseThrow().id();

        PaymentView matched = call(em -> payments.match(partial, invoice, new BigDecimal("60")));

        assertEquals(PaymentStatus.MATCHED, matched.status());
        assertEquals("anna", matched.allocations().get(0).matchedBy());
        assertEquals(new BigDecimal("40.00"), call(em -> invoices.find(invoice)).openAmount());
        assertThrows(RuleViolationException.class, () -> call(em -> payments.match(mistaken, invoice, new BigDecimal("41"))));
        assertEquals(PaymentStatus.IGNORED, call(em -> payments.ignore(mistaken, "sent by mistake, refunded")).status());
        assertEquals(List.of("CREATE invoice " + invoice + ": 77", "UPDATE payment " + partial + ": matched 60 to invoice #" + invoice + " 77",
                "UPDATE payment " + mistaken + ": ignored: sent by mistake, refunded"), audited);
    }

    @Test
    void candidatesForMatchingByHandAreThePayersOpenInvoicesOrAnyCustomersByNumber() {
        long older = invoice(romashka, "СЧ-10", "100.00", TODAY.minusDays(5));
        long newer = invoice(romashka, "СЧ-11", "30.00", TODAY.plusDays(5));
        invoice(romashka, "АКТ_1", "10.00", TODAY.plusDays(6));
        long stranger = call(em -> customer(em, "FROM_1C", "ООО «Чужой»", "7728168971"));
        long strangers = invoice(stranger, "СЧ-12", "80.00", TODAY.plusDays(1));
        call(em -> pay(List.of(new BankStatementElement.Statement("1.03", null, TODAY, TODAY, List.of(OURS), "line 1"),
                document("1", "60.00", "Оплата", OURS, "line 2"))));
        long payment = call(em -> payments.list(new PaymentQuery(PaymentStatus.UNMATCHED, null, null, null),
                new PageRequest(0, 1))).items().get(0).id();

        List<MatchCandidate> payers = call(em -> payments.matchCandidates(payment, null, false));
        assertEquals(List.of(older, newer, payers.get(2).invoice().id()), payers.stream().map(c -> c.invoice().id()).toList());
        assertEquals(List.of(new BigDecimal("60.00"), new BigDecimal("30.00")),
                payers.subList(0, 2).stream().map(MatchCandidate::amount).toList(), "the open amount or what is left of the payment");
        assertEquals(List.of(newer), call(em -> payments.matchCandidates(payment, " СЧ-11", false)).stream()
                .map(c -> c.invoice().id()).toList());
        assertEquals(List.of(), call(em -> payments.matchCandidates(payment, "АКТ%", false)), "% is a character, not a wildcard");
        assertEquals(List.of(), call(em -> payments.matchCandidates(payment, "", true)), "any customer needs a number");
        assertEquals(List.of(older, strangers, newer), call(em -> payments.matchCandidates(payment, "СЧ-1", true)).stream()
                .map(c -> c.invoice().id()).toList());
    }

    @Test
    void invoicesOfCustomersOutsideTheCallersCategoriesDoNotExistForThem() {
        long visible = invoice(romashka, "1", "100.00", TODAY.minusDays(1));
        long secret = invoice(hidden, "2", "100.00", TODAY.minusDays(1));
        scope = finance(false);

        assertEquals(List.of(visible), call(em -> invoices.list(new InvoiceQuery(null, null, null, null, null),
                new PageRequest(0, 10))).items().stream().map(InvoiceView::id).toList());
        assertThrows(RecordNotFoundException.class, () -> call(em -> invoices.find(secret)));
        assertThrows(RecordNotFoundException.class, () -> call(em -> invoices.receivables(hidden)));
        assertEquals(1, call(em -> invoices.overdueByCustomer(null, new PageRequest(0, 10))).total());
        assertThrows(RecordNotFoundException.class,
                () -> call(em -> payments.match(1L, secret, BigDecimal.ONE)));
    }

    @Test
    void overdueControlAndReceivables() {
        long late = invoice(romashka, "1", "100.00", TODAY.minusDays(3));
        invoice(romashka, "2", "50.00", TODAY.minusDays(1));
        long upcoming = invoice(romashka, "3", "70.00", TODAY.plusDays(7));
        invoice(hidden, "4", "30.00", TODAY.minusDays(30));

        List<OverdueDebt> debts = call(em -> invoices.overdueByCustomer(null, new PageRequest(0, 10))).items();
        assertEquals(List.of(new OverdueDebt(romashka, "ООО «Ромашка»", null, 1, 2, new BigDecimal("150.00"),
                TODAY.minusDays(3)), new OverdueDebt(hidden, "ООО «Тайна»", null, 1, 1, new BigDecimal("30.00"),
                TODAY.minusDays(30))), debts);
        assertEquals(List.of(new OverdueDebt(null, null, null, 2, 3, new BigDecimal("180.00"), TODAY.minusDays(30))),
                call(em -> invoices.overdueByCurator()));
        assertEquals(List.of(late), ids(new InvoiceQuery(romashka, null, true, null, TODAY.minusDays(2))));
        assertEquals(List.of(upcoming), ids(new InvoiceQuery(romashka, InvoiceStatus.UNPAID, false, null, null)));

        List<Receivable> expected = call(em -> invoices.receivables(romashka));
        assertEquals(List.of("1", "2", "3"), expected.stream().map(Receivable::number).toList());
        assertEquals(List.of(true, true, false), expected.stream().map(Receivable::overdue).toList());
    }

    @Test
    void expectedPaymentsAreTheOpenInvoicesOfTheCallersCustomersOverdueOrDueWithinTheDays() {
        long mine = call(em -> customer(em, "FROM_1C", "ООО «Моя»", "7702070139"));
        long managerId = call(em -> {
            UserAccount manager = new UserAccount("maria", "Мария", "x", Set.of(Role.SALES_MANAGER), Instant.now());
            em.persist(manager);
            em.find(Counterparty.class, mine).assignCurator(manager);
            em.flush();
            return manager.id();
        });
        long late = invoice(mine, "1", "100.00", TODAY.minusDays(40));
        long soon = invoice(mine, "2", "50.00", TODAY.plusDays(7));
        invoice(mine, "3", "70.00", TODAY.plusDays(8));
        long paid = invoice(mine, "4", "10.00", TODAY);
        call(em -> {
            em.find(Invoice.class, paid).allocate(new BigDecimal("10.00"));
            return null;
        });
        invoice(romashka, "5", "30.00", TODAY.minusDays(1));
        scope = new AccessScope(managerId, "maria", Set.of(Role.SALES_MANAGER), true, Set.of(), false, Set.of(), false);

        List<InvoiceView> expected = call(em -> invoices.expectedPayments(7, new PageRequest(0, 10))).items();

        assertEquals(List.of(late, soon), expected.stream().map(InvoiceView::id).toList());
        assertEquals(List.of(true, false), expected.stream().map(InvoiceView::overdue).toList());
    }

    @Test
    void anExternalIdNamesOneInvoice() {
        call(em -> invoices.create(new InvoiceDraft(romashka, "1", TODAY, BigDecimal.TEN, null, TODAY, "guid-1")));

        assertThrows(ConflictException.class, () -> call(em -> invoices.create(
                new InvoiceDraft(romashka, "2", TODAY, BigDecimal.TEN, null, TODAY, "guid-1"))));
        assertTrue(audited.get(0).startsWith("CREATE invoice "));
    }

    private List<Long> ids(InvoiceQuery query) {
        return call(em -> invoices.list(query, new PageRequest(0, 10))).items().stream().map(InvoiceView::id).toList();
    }

    private long invoice(long customer, String number, String amount, LocalDate due) {
        return call(em -> invoices.create(new InvoiceDraft(customer, number, due.minusDays(30), new BigDecimal(amount),
                "RUB", due, null))).id();
    }

    private PaymentReport pay(List<BankStatementElement> batch) {
        return payments.applyStatement("bank", 1L, batch);
    }

    private static Document document(String number, String amount, String purpose, String payee, String position) {
        return new Document("Платежное поручение", number, TODAY, new BigDecimal(amount),
                new Party("40702810100000000077", ROMASHKA_INN, "770701001", "ООО «Ромашка»", "044525225", null),
                new Party(payee, "7725000000", null, "Мы", "044525225", null), TODAY, null, purpose, position);
    }

    private static long customer(EntityManager em, String categoryCode, String name, String inn) {
        CustomerCategory category = em.createQuery("select c from CustomerCategory c where c.code = :code",
                CustomerCategory.class).setParameter("code", categoryCode).getResultStream().findFirst().orElseGet(() -> {
                    CustomerCategory created = new CustomerCategory(categoryCode, categoryCode, categoryCode);
                    em.persist(created);
                    return created;
                });
        Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, name, category, Instant.now());
        customer.changeRequisites(inn, null, null);
        em.persist(customer);
        em.flush();
        return customer.id();
    }

    /** FINANCE user "anna"; {@code everything}: as if admin, else only the 1C category. */
    private AccessScope finance(boolean everything) {
        Long fromOneC = call(em -> em.createQuery(
                "select c.id from CustomerCategory c where c.code = 'FROM_1C'", Long.class).getSingleResult());
        Set<Long> granted = everything ? Set.of() : Set.of(fromOneC);
        return new AccessScope(1L, "anna", Set.of(Role.FINANCE), everything, granted, false, Set.of(), false);
    }

    /** One boundary call: a fresh persistence context in its own transaction, rolled back on failure. */
    private <T> T call(Function<EntityManager, T> work) {
        return db.call(em -> {
            payments.em = em;
            invoices.em = em;
        }, work);
    }
}

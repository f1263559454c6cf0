package ru.erp.crm.sales.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.entity.OrderStatus;
import ru.erp.crm.sales.entity.PlanEntryStatus;

/**
 * Payment plans against H2 in Oracle mode with the product's migrations (see {@link SalesOrdersTest}):
 * the plan's rules and version, access through the order's customer, the due and overdue lists
 * and the reminder timer's tasks, each call in its own transaction.
 */
class PaymentPlansTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final PageRequest PAGE = new PageRequest(0, 20);

    private final SalesDatabase db = SalesDatabase.shared();
    private long romashka;
    private long colleagues;
    private long hidden;

    @BeforeEach
    void company() {
        db.reset();
        db.plans.clock = Clock.fixed(TODAY.atTime(7, 0).atZone(MOSCOW).toInstant(), MOSCOW);
        romashka = db.customer("KEY", "ООО «Ромашка»", "7707083893", "770701001", db.manager());
        colleagues = db.customer("KEY", "ООО «Вектор»", "7736207543", "773601001", db.manager2());
        hidden = db.customer("SECRET", "ООО «Тайна»", "7702070139", "770201001", null);
        db.actAs(db.managerScope());
    }

    @Test
    void aPlanIsWrittenAsAWholeAgainstItsVersionAndAudited() {
        OrderView order = order(romashka, "1000");
        PaymentPlanView none = db.call(em -> db.plans.find(order.id()));
        assertEquals(List.of(0L, 0), List.of(none.version(), none.entries().size()));

        PaymentPlanView written = replace(order.id(), 0, entry(null, 10, "300", null), entry(null, 5, "200", 1));

        assertEquals(List.of(TODAY.plusDays(5), TODAY.plusDays(10)),
                written.entries().stream().map(PaymentPlanView.EntryView::dueDate).toList(), "by due date");
        assertEquals(List.of(1, 3), written.entries().stream().map(PaymentPlanView.EntryView::reminderDaysBefore).toList());
        assertEquals(new BigDecimal("500.00"), written.plannedTotal());
        assertEquals(false, written.balanced(), "a draft's plan may differ from its total");
        assertTrue(db.audited().contains("CREATE paymentPlan " + order.id() + ": payment plan of " + order.number()
                + ": 2 entries, 500.00 RUB"), db.audited().toString());
        PaymentPlanView found = db.call(em -> db.plans.find(order.id()));
        assertEquals(written, found);

        assertThrows(StaleVersionException.class, () -> replace(order.id(), 0, entry(null, 1, "1000", null)));
        long idOfFirst = written.entries().get(0).id();
        PaymentPlanView revised = replace(order.id(), written.version(), entry(idOfFirst, 7, "1000", null));
        assertTrue(revised.version() > written.version());
        assertEquals(List.of(idOfFirst), revised.entries().stream().map(PaymentPlanView.EntryView::id).toList());
        assertEquals(1, db.count("payment_plan_entry"), "the entry left out is removed");
        assertTrue(revised.balanced());
    }

    @Test
    void aConfirmedOrdersPlanAddsUpToItsTotalAndConfirmingChecksIt() {
        OrderView order = order(romashka, "1000");
        PaymentPlanView plan = replace(order.id(), 0, entry(null, 10, "300", null));

        RuleViolationException confirming = assertThrows(RuleViolationException.class,
                () -> db.call(em -> db.orders.confirm(order.id(), order.version())));
        assertEquals("entries", confirming.field());
        assertEquals(OrderStatus.DRAFT, db.call(em -> db.orders.find(order.id())).status(), "nothing confirmed");

        replace(order.id(), plan.version(), entry(null, 10, "300", null), entry(null, 40, "700", null));
        db.call(em -> db.orders.confirm(order.id(), order.version()));
        PaymentPlanView balanced = db.call(em -> db.plans.find(order.id()));

        RuleViolationException unbalanced = assertThrows(RuleViolationException.class,
                () -> replace(order.id(), balanced.version(), entry(null, 10, "300", null)));
        assertEquals("entries", unbalanced.field());
        assertEquals(2, db.count("payment_plan_entry"));
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> replace(order.id(),
                balanced.version(), new PaymentPlanDraft.Entry(null, null, new BigDecimal("1.001"), 61, null)));
        assertEquals(List.of("entries[0].dueDate", "entries[0].amount", "entries[0].reminderDaysBefore"),
                invalid.violations().stream().map(Violation::field).toList());
    }

    @Test
    void accessFollowsTheOrdersCustomerAndFinanceBooksWhatWasPaid() {
        db.actAs(db.adminScope());
        long secret = order(hidden, "100").id();
        OrderView theirs = order(colleagues, "100");
        PaymentPlanView plan = replace(theirs.id(), 0, entry(null, 10, "100", null));
        db.actAs(db.managerScope());

        assertThrows(RecordNotFoundException.class, () -> db.call(em -> db.plans.find(secret)));
        assertEquals(plan, db.call(em -> db.plans.find(theirs.id())), "visible, read-only");
        assertThrows(ForbiddenOperationException.class, () -> replace(theirs.id(), plan.version(), entry(null, 1, "100", null)));
        long entryId = plan.entries().get(0).id();
        assertThrows(ForbiddenOperationException.class, () -> db.call(em -> db.plans.recordPaid(theirs.id(), entryId,
                plan.version(), new BigDecimal("100"))));

        db.actAs(db.financeScope());
        PaymentPlanView paid = db.call(em -> db.plans.recordPaid(theirs.id(), entryId, plan.version(), new BigDecimal("40")));
        assertEquals(PlanEntryStatus.PARTLY_PAID, paid.entries().get(0).status());
        assertEquals(new BigDecimal("40.00"), paid.paidTotal());
        assertTrue(paid.version() > plan.version());
        assertTrue(db.audited().contains("UPDATE paymentPlan " + theirs.id() + ": " + theirs.number()
                + ": paid 40.00 of 100.00 due " + TODAY.plusDays(10)), db.audited().toString());
        RuleViolationException overpaid = assertThrows(RuleViolationException.class, () -> db.call(em ->
                db.plans.recordPaid(theirs.id(), entryId, paid.version(), new BigDecimal("100.01"))));
        assertEquals("paidAmount", overpaid.field());
        assertThrows(InvalidRequestException.class, () -> db.call(em ->
                db.plans.recordPaid(theirs.id(), 404L, paid.version(), BigDecimal.ONE)));
    }

    @Test
    void dueAndOverdueListsArePerCuratorAndPerCustomerWithoutPaidOrCancelled() {
        db.actAs(db.adminScope());
        OrderView mine = order(romashka, "1000");
        replace(mine.id(), 0, entry(null, -3, "100", null), entry(null, 0, "200", null), entry(null, 7, "300", null),
                entry(null, 8, "400", null));
        OrderView theirs = order(colleagues, "500");
        long theirsEntry = replace(theirs.id(), 0, entry(null, -1, "250", null), entry(null, 2, "250", null))
                .entries().get(0).id();
        OrderView cancelled = order(colleagues, "50");
        replace(cancelled.id(), 0, entry(null, -1, "50", null));
        db.call(em -> db.orders.cancel(cancelled.id(), cancelled.version(), null));
        OrderView secret = order(hidden, "70");
        replace(secret.id(), 0, entry(null, -1, "70", null));
        long version = db.call(em -> db.plans.find(theirs.id())).version();
        db.call(em -> db.plans.recordPaid(theirs.id(), theirsEntry, version, new BigDecimal("250")));
        db.actAs(db.managerScope());

        assertEquals(List.of("200.00", "250.00", "300.00"), amounts(db.call(em -> db.plans.due(
                new PaymentPlanQuery(null, null), null, PAGE))), "a week ahead, today included, hidden not");
        assertEquals(List.of("200.00", "300.00", "400.00"), amounts(db.call(em -> db.plans.due(
                new PaymentPlanQuery(null, "manager"), 8, PAGE))));
        assertEquals(List.of("250.00"), amounts(db.call(em -> db.plans.due(
                new PaymentPlanQuery(colleagues, null), 30, PAGE))));
        Page<PlannedPayment> overdue = db.call(em -> db.plans.overdue(new PaymentPlanQuery(null, null), PAGE));
        assertEquals(List.of("100.00"), amounts(overdue), "the paid and the cancelled are not overdue");
        PlannedPayment late = overdue.items().get(0);
        assertEquals(List.of(mine.number(), "manager", PlanEntryStatus.OVERDUE, romashka),
                List.of(late.orderNumber(), late.curator(), late.status(), late.customerId()));
        assertEquals(List.of(), amounts(db.call(em -> db.plans.overdue(new PaymentPlanQuery(colleagues, null), PAGE))));
        assertEquals(4, db.call(em -> db.plans.due(new PaymentPlanQuery(null, null), 30, new PageRequest(0, 2))).total());
        assertThrows(RecordNotFoundException.class, () -> db.call(em -> db.plans.overdue(
                new PaymentPlanQuery(hidden, null), PAGE)));
        assertThrows(InvalidRequestException.class, () -> db.call(em -> db.plans.due(
                new PaymentPlanQuery(null, null), -1, PAGE)));
    }

    @Test
    void theTimerGivesTheCuratorOneReminderTaskPerEntry() {
        OrderView order = order(romashka, "1000");
        replace(order.id(), 0, entry(null, 3, "400", null), entry(null, 4, "500", null), entry(null, -1, "100", null));
        db.actAs(db.adminScope());
        OrderView nobodys = order(hidden, "100");
        replace(nobodys.id(), 0, entry(null, 0, "100", null));

        assertEquals(1, (int) db.call(em -> db.plans.remindOfDuePayments()), "due in three days, reminded three days before");
        assertEquals(0, (int) db.call(em -> db.plans.remindOfDuePayments()), "once per entry");

        Activity task = db.call(em -> em.createQuery("select a from Activity a", Activity.class).getSingleResult());
        assertEquals(ActivityKind.TASK, task.kind());
        assertEquals(db.manager(), task.owner().id());
        assertEquals(romashka, task.customer().orElseThrow().id());
        assertEquals("Ожидается оплата по заказу " + order.number() + ": 400.00 RUB до " + TODAY.plusDays(3), task.subject());
        assertEquals(ZonedDateTime.of(TODAY.plusDays(3).atTime(18, 0), MOSCOW).toInstant(), task.dueAt());
        assertEquals(ZonedDateTime.of(TODAY.atTime(9, 0), MOSCOW).toInstant(), task.remindAt());
        PaymentPlanView.EntryView reminded = db.call(em -> db.plans.find(order.id())).entries().get(1);
        assertEquals(List.of(true, task.id()), List.of(reminded.reminded(), reminded.reminderActivityId()));

        db.plans.clock = Clock.fixed(Instant.now(db.plans.clock).plusSeconds(86_400), MOSCOW);
        assertEquals(1, (int) db.call(em -> db.plans.remindOfDuePayments()), "the next entry's day has come");
    }

    private OrderView order(long customer, String price) {
        return db.call(em -> db.orders.create(new OrderDraft(customer, TODAY, null, null, null, null, List.of(
                new OrderDraft.Line(null, "Монтаж", null, null, BigDecimal.ONE, new BigDecimal(price), null, null)))));
    }

    private PaymentPlanView replace(long orderId, long version, PaymentPlanDraft.Entry... entries) {
        return db.call(em -> db.plans.replace(orderId, version, new PaymentPlanDraft(List.of(entries))));
    }

    private static PaymentPlanDraft.Entry entry(Long id, int daysAhead, String amount, Integer reminderDays) {
        return new PaymentPlanDraft.Entry(id, TODAY.plusDays(daysAhead), new BigDecimal(amount), reminderDays, null);
    }

    private static List<String> amounts(Page<PlannedPayment> page) {
        return page.items().stream().map(payment -> payment.amount().toPlainString()).toList();
    }
}

package ru.erp.crm.sales.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.entity.PriceList;
import ru.erp.crm.catalog.entity.PriceQuote;
import ru.erp.crm.catalog.entity.PriceType;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.catalog.entity.ProductDetails;
import ru.erp.crm.exchange.boundary.OutboxDestinations;
import ru.erp.crm.exchange.boundary.OutboxEntryView;
import ru.erp.crm.exchange.entity.OutboxStatus;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.entity.OrderEventKind;
import ru.erp.crm.sales.entity.OrderStatus;

/**
 * The sales boundary's mappings, queries, access rules and outbox entries against H2 in Oracle
 * mode, migrated by the product's scripts, with EclipseLink as Payara runs it; each call in a
 * fresh persistence context and its own transaction. Security annotations are the container's and
 * are left to the ITs; the caller's scope is given.
 */
class SalesOrdersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final SalesDatabase db = SalesDatabase.shared();
    private long romashka;
    private long colleagues;
    private long hidden;
    private long bolt;
    private long retail;

    @BeforeEach
    void company() {
        db.reset();
        romashka = db.customer("KEY", "ООО «Ромашка»", "7707083893", "770701001", db.manager());
        colleagues = db.customer("KEY", "ООО «Вектор»", "7736207543", "773601001", db.manager2());
        hidden = db.customer("SECRET", "ООО «Тайна»", "7702070139", "770201001", null);
        retail = db.call(em -> {
            PriceType type = new PriceType("retail", "Розничная", "RUB", null);
            em.persist(type);
            return type.id();
        });
        bolt = db.call(em -> {
            Product product = new Product("bolt-guid", new ProductDetails("ART-8", "Болт М8", null, "796", "шт",
                    new BigDecimal("20"), "20%", null, List.of(), List.of()), null, null, Instant.now());
            product.applyPrices(new PriceList(List.of(new PriceQuote(em.find(PriceType.class, retail),
                    new BigDecimal("40.00"), "RUB", "шт"))), null, Instant.now());
            em.persist(product);
            return product.id();
        });
        db.actAs(db.managerScope());
    }

    @Test
    void aDraftIsNumberedFromItsIdPricedFromTheCatalogueAndAudited() {
        OrderView draft = db.call(em -> db.orders.create(new OrderDraft(romashka, TODAY, " срочно ", null,
                TODAY.plusDays(3), retail, List.of(
                        new OrderDraft.Line(bolt, null, null, null, new BigDecimal("3"), null, new BigDecimal("5"), null),
                        new OrderDraft.Line(null, "Доставка", null, "услуга", BigDecimal.ONE, new BigDecimal("500"), null, null)))));

        assertEquals(String.format("CRM-%06d", draft.id()), draft.number());
        assertEquals(OrderStatus.DRAFT, draft.status());
        assertEquals("manager", draft.createdBy());
        assertEquals("срочно", draft.comment());
        assertEquals(new BigDecimal("614.00"), draft.total());
        assertEquals(new BigDecimal("19.00"), draft.vatTotal());
        OrderView.LineView boltLine = draft.lines().get(0);
        assertEquals(List.of("Болт М8", "ART-8", "bolt-guid", "796"), List.of(boltLine.name(), boltLine.article(),
                boltLine.productExternalId(), boltLine.unitCode()));
        assertEquals(new BigDecimal("40.00"), boltLine.price(), "the retail price");
        assertEquals(new BigDecimal("20.00"), boltLine.vatRate(), "the product's rate");
        assertEquals(List.of("CREATE salesOrder " + draft.id() + ": " + draft.number()), db.audited());
        OrderView found = db.call(em -> db.orders.find(draft.id()));
        assertEquals(List.of(draft.number(), draft.guid(), draft.lines(), draft.total(), draft.version()),
                List.of(found.number(), found.guid(), found.lines(), found.total(), found.version()));
        assertEquals(List.of(OrderEventKind.CREATED), kinds(draft.id()));
        assertEquals(0, db.call(em -> db.outbox.list(null, null, new PageRequest(0, 10))).total(), "a draft stays home");
    }

    @Test
    void fieldErrorsNameTheLineAndNothingIsWritten() {
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> db.call(em -> db.orders.create(
                new OrderDraft(romashka, TODAY, null, null, TODAY.minusDays(1), null, List.of(
                        new OrderDraft.Line(null, "Болт", null, null, BigDecimal.ONE, BigDecimal.TEN, null, null),
                        new OrderDraft.Line(null, " ", null, null, new BigDecimal("0"), new BigDecimal("1.001"),
                                new BigDecimal("101"), new BigDecimal("100")),
                        new OrderDraft.Line(bolt, null, null, null, null, null, null, null))))));

        assertEquals(List.of("requestedShipDate", "lines[1].name", "lines[1].vatRate", "lines[1].quantity",
                "lines[1].price", "lines[1].discountPercent", "lines[2].quantity", "lines[2].price"), fields(invalid));

        InvalidRequestException unknown = assertThrows(InvalidRequestException.class, () -> db.call(em -> db.orders.create(
                new OrderDraft(romashka, TODAY, null, null, null, 99L, List.of(
                        new OrderDraft.Line(404L, null, null, null, BigDecimal.ONE, null, null, null),
                        new OrderDraft.Line(bolt, null, null, null, BigDecimal.ONE, null, null, null))))));
        assertEquals(List.of("priceTypeId", "lines[0].productId", "lines[1].price"), fields(unknown));
        assertEquals(0, db.count("sales_order"));
    }

    @Test
    void aCustomerTheCallerCannotSeeIsNotFoundAndOneTheyCannotChangeIsForbidden() {
        assertThrows(RecordNotFoundException.class, () -> db.call(em -> db.orders.create(freeDraft(hidden))));
        assertThrows(ForbiddenOperationException.class, () -> db.call(em -> db.orders.create(freeDraft(colleagues))));
        assertEquals(0, db.count("sales_order"));
        assertEquals(List.of(), db.audited());

        db.actAs(db.adminScope());
        long secret = db.call(em -> db.orders.create(freeDraft(hidden))).id();
        long theirs = db.call(em -> db.orders.create(freeDraft(colleagues))).id();
        db.actAs(db.managerScope());

        assertThrows(RecordNotFoundException.class, () -> db.call(em -> db.orders.find(secret)));
        assertThrows(RecordNotFoundException.class, () -> db.call(em -> db.orders.history(secret)));
        assertThrows(RecordNotFoundException.class, () -> db.call(em -> db.orders.confirm(secret, 1)));
        assertEquals(theirs, db.call(em -> db.orders.find(theirs)).id(), "visible, read-only");
        assertThrows(ForbiddenOperationException.class, () -> db.call(em -> db.orders.confirm(theirs, 1)));
        assertEquals(OrderStatus.DRAFT, db.call(em -> db.orders.find(theirs)).status());
    }

    @Test
    void confirmingHandsTheOrderToOneCAndLogisticsInTheSameTransactionAndTellsTheCustomersTimeline() {
        OrderView draft = db.call(em -> db.orders.create(freeDraft(romashka)));

        OrderView confirmed = db.call(em -> db.orders.confirm(draft.id(), draft.version()));

        assertEquals(OrderStatus.CONFIRMED, confirmed.status());
        assertTrue(confirmed.version() > draft.version());
        List<OutboxEntryView> entries = db.call(em -> db.outbox.list(null, null, new PageRequest(0, 10))).items();
        assertEquals(List.of(OutboxDestinations.LOGISTICS, OutboxDestinations.ONE_C_SITE),
                entries.stream().map(OutboxEntryView::destination).toList());
        assertTrue(entries.stream().allMatch(e -> e.aggregateId() == draft.id() && e.aggregateVersion() == confirmed.version()
                && e.status() == OutboxStatus.PENDING), entries.toString());
        assertTrue(db.audited().contains("ORDER_EVENT customer " + romashka + ": Order " + draft.number()
                + ": confirmed, 100.00 RUB"), db.audited().toString());
        assertEquals(List.of(OrderEventKind.CREATED, OrderEventKind.CONFIRMED), kinds(draft.id()));

        RuleViolationException notDraft = assertThrows(RuleViolationException.class,
                () -> db.call(em -> db.orders.update(draft.id(), confirmed.version(), freeDraft(romashka))));
        assertEquals("crm.rule.order.notDraft", notDraft.messageKey());
    }

    @Test
    void aStaleVersionIsAConflictAndNothingChanges() {
        OrderView draft = db.call(em -> db.orders.create(freeDraft(romashka)));
        OrderView changed = db.call(em -> db.orders.update(draft.id(), draft.version(),
                new OrderDraft(romashka, TODAY, "второй", null, null, null, List.of(
                        new OrderDraft.Line(null, "Другое", null, null, new BigDecimal("2"), new BigDecimal("7.50"), null,
                                new BigDecimal("10"))))));

        assertEquals(new BigDecimal("15.00"), changed.total());
        assertEquals("Другое", changed.lines().get(0).name());
        assertThrows(StaleVersionException.class, () -> db.call(em -> db.orders.confirm(draft.id(), draft.version())));
        assertEquals(OrderStatus.DRAFT, db.call(em -> db.orders.find(draft.id())).status());
        assertEquals(1, db.count("sales_order_line"));
    }

    @Test
    void cancellingAConfirmedOrderTellsOneCAndWithdrawsTheUnsentShipmentRequest() {
        OrderView draft = db.call(em -> db.orders.create(freeDraft(romashka)));
        OrderView confirmed = db.call(em -> db.orders.confirm(draft.id(), draft.version()));

        OrderView cancelled = db.call(em -> db.orders.cancel(draft.id(), confirmed.version(), "клиент передумал"));

        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals("клиент передумал", cancelled.cancelReason());
        List<OutboxEntryView> site = db.call(em -> db.outbox.list(OutboxStatus.PENDING, OutboxDestinations.ONE_C_SITE,
                new PageRequest(0, 10))).items();
        assertEquals(List.of(cancelled.version(), confirmed.version()), site.stream().map(OutboxEntryView::aggregateVersion).toList());
        OutboxEntryView withdrawn = db.call(em -> db.outbox.list(null, OutboxDestinations.LOGISTICS, new PageRequest(0, 10)))
                .items().get(0);
        assertEquals(OutboxStatus.FAILED, withdrawn.status());
        assertEquals("withdrawn: order " + draft.number() + " cancelled", withdrawn.lastError());
        assertTrue(db.audited().contains("ORDER_EVENT customer " + romashka + ": Order " + draft.number()
                + ": cancelled: клиент передумал"), db.audited().toString());

        OrderView otherDraft = db.call(em -> db.orders.create(freeDraft(romashka)));
        db.call(em -> db.orders.cancel(otherDraft.id(), otherDraft.version(), null));
        assertEquals(3, db.call(em -> db.outbox.list(null, null, new PageRequest(0, 10))).total(), "a draft never left");
    }

    @Test
    void theListShowsVisibleOrdersNewestFirstAndFilters() {
        long older = db.call(em -> db.orders.create(dated(romashka, TODAY.minusDays(2)))).id();
        long newer = db.call(em -> db.orders.create(dated(romashka, TODAY))).id();
        db.actAs(db.adminScope());
        long secret = db.call(em -> db.orders.create(dated(hidden, TODAY))).id();
        OrderView confirmed = db.call(em -> db.orders.confirm(older, 1));

        assertEquals(List.of(secret, newer, older), ids(new OrderQuery(null, null, null)));
        db.actAs(db.managerScope());
        assertEquals(List.of(newer, older), ids(new OrderQuery(null, null, null)));
        assertEquals(List.of(older), ids(new OrderQuery(romashka, OrderStatus.CONFIRMED, null)));
        assertEquals(List.of(older), ids(new OrderQuery(null, null, confirmed.number().toLowerCase())));
        assertEquals(List.of(), ids(new OrderQuery(null, null, "CRM-%")));
        assertEquals(List.of(), ids(new OrderQuery(hidden, null, null)));
        assertEquals(2, db.call(em -> db.orders.list(new OrderQuery(null, null, null), new PageRequest(0, 1))).total());
    }

    @Test
    void theHistoryIsOldestFirst() {
        OrderView draft = db.call(em -> db.orders.create(freeDraft(romashka)));
        OrderView confirmed = db.call(em -> db.orders.confirm(draft.id(), draft.version()));
        db.call(em -> db.orders.cancel(draft.id(), confirmed.version(), null));

        List<OrderEventView> history = db.call(em -> db.orders.history(draft.id()));

        assertEquals(List.of(OrderEventKind.CREATED, OrderEventKind.CONFIRMED, OrderEventKind.CANCELLED),
                history.stream().map(OrderEventView::kind).toList());
        assertEquals("manager", history.get(2).actor());
    }

    private List<Long> ids(OrderQuery query) {
        return db.call(em -> db.orders.list(query, new PageRequest(0, 10))).items().stream().map(OrderSummary::id).toList();
    }

    private List<OrderEventKind> kinds(long orderId) {
        return db.call(em -> db.orders.history(orderId)).stream().map(OrderEventView::kind).toList();
    }

    private static OrderDraft freeDraft(long customer) {
        return dated(customer, TODAY);
    }

    private static OrderDraft dated(long customer, LocalDate date) {
        return new OrderDraft(customer, date, null, null, null, null, List.of(
                new OrderDraft.Line(null, "Монтаж", null, null, BigDecimal.ONE, new BigDecimal("100"), null, null)));
    }

    private static List<String> fields(InvalidRequestException invalid) {
        return invalid.violations().stream().map(Violation::field).toList();
    }
}

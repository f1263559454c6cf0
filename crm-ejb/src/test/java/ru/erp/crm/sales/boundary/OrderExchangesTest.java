package ru.erp.crm.sales.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.catalog.entity.ProductDetails;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.exchange.boundary.OutboxDestinations;
import ru.erp.crm.exchange.boundary.OutboxEntryView;
import ru.erp.crm.exchange.entity.OutboxStatus;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.sales.boundary.DocumentImportReport.DocumentFailure;
import ru.erp.crm.sales.boundary.OneCDocument.Kind;
import ru.erp.crm.sales.boundary.OneCDocument.OneCStatus;
import ru.erp.crm.sales.entity.OrderEventKind;
import ru.erp.crm.sales.entity.OrderSource;
import ru.erp.crm.sales.entity.OrderStatus;
import ru.erp.crm.sales.entity.ShipmentStatus;

/**
 * The exchanges' side of sales orders against H2 in Oracle mode with EclipseLink, each call in
 * its own transaction: 1C's query and success, 1C's documents applied once, shipment requests
 * and statuses with logistics.
 */
class OrderExchangesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String CHANNEL = "1c-site";
    private static final String SITE = OutboxDestinations.ONE_C_SITE;
    private static final String LOGISTICS = OutboxDestinations.LOGISTICS;

    private final SalesDatabase db = SalesDatabase.shared();
    private long romashka;

    @BeforeEach
    void company() {
        db.reset();
        romashka = db.customer("KEY", "ООО «Ромашка»", "7707083893", "770701001", db.manager());
        db.actAs(db.managerScope());
    }

    // --- 1C pulls orders ---

    @Test
    void aConfirmedOrderIsHandedToOneCUntilOneCConfirmsTheQuery() {
        OrderView order = confirmed(romashka, "г. Казань, склад 2");

        List<OrderDocument> first = db.call(em -> db.exchanges.handOutToSite("q1", 50));
        assertEquals(1, first.size());
        OrderDocument document = first.get(0);
        assertEquals(List.of(order.id(), order.guid(), order.number(), order.version(), TODAY),
                List.of(document.orderId(), document.guid(), document.number(), document.version(), document.date()));
        assertEquals(new OrderDocument.Buyer("crm-" + romashka, "ООО «Ромашка»", "ООО «Ромашка»", "7707083893",
                "770701001", false, "г. Москва, ул. Ленина, д. 1"), document.buyer());
        assertEquals(new OrderDocument.Line(null, null, "Монтаж", null, "услуга", new BigDecimal("1000.00"),
                new BigDecimal("2.0000"), new BigDecimal("10.00"), new BigDecimal("1800.00"), new BigDecimal("20.00"),
                new BigDecimal("300.00")), document.lines().get(0));
        assertEquals(new OrderDocument.OrderState("Подтвержден", false, false, false,
                db.call(em -> db.orders.find(order.id())).confirmedAt()), document.state());

        assertEquals(List.of(order.id()), ids(db.call(em -> db.exchanges.handOutToSite("q2", 50))), "no success after q1");
        assertEquals(0, (int) db.call(em -> db.exchanges.confirmSiteHandOut("q1")), "q1 was superseded");
        assertEquals(1, (int) db.call(em -> db.exchanges.confirmSiteHandOut("q2")));

        assertEquals(List.of(), db.call(em -> db.exchanges.handOutToSite("q3", 50)));
        OrderView exported = db.call(em -> db.orders.find(order.id()));
        assertEquals(order.version(), exported.oneC().exportedVersion());
        assertEquals(List.of(OrderEventKind.CREATED, OrderEventKind.CONFIRMED, OrderEventKind.HANDED_TO_1C,
                OrderEventKind.HANDED_TO_1C, OrderEventKind.EXPORTED_TO_1C), kinds(order.id()));
    }

    @Test
    void anOrderChangedAfterTheQueryIsHandedOutAgainAfterTheSuccess() {
        OrderView order = confirmed(romashka, null);
        db.call(em -> db.exchanges.handOutToSite("q1", 50));

        OrderView cancelled = db.call(em -> db.orders.cancel(order.id(), order.version(), "клиент отказался"));
        assertEquals(1, (int) db.call(em -> db.exchanges.confirmSiteHandOut("q1")));

        List<OrderDocument> again = db.call(em -> db.exchanges.handOutToSite("q2", 50));
        assertEquals(1, again.size());
        assertTrue(again.get(0).state().cancelled());
        assertEquals("Отменен", again.get(0).state().status());
        assertEquals(order.version(), db.call(em -> db.orders.find(order.id())).oneC().exportedVersion(),
                "1C confirmed the version it was handed, not the cancellation");
        db.call(em -> db.exchanges.confirmSiteHandOut("q2"));
        assertTrue(db.call(em -> db.orders.find(order.id())).oneC().exportedVersion() >= cancelled.version());
    }

    @Test
    void twoWaitingChangesOfOneOrderAreOneDocument() {
        OrderView order = confirmed(romashka, null);
        db.call(em -> db.orders.cancel(order.id(), order.version(), null));

        List<OrderDocument> documents = db.call(em -> db.exchanges.handOutToSite("q", 50));

        assertEquals(1, documents.size());
        assertTrue(documents.get(0).state().cancelled(), "the current state");
        assertEquals(1, (int) db.call(em -> db.exchanges.confirmSiteHandOut("q")));
    }

    // --- 1C sends documents ---

    @Test
    void oneCsStatusChangesApplyOnceToTheCrmsOrder() {
        OrderView order = confirmed(romashka, null);
        OneCDocument paid = new OneCDocument(order.guid(), "00000000132", TODAY, LocalTime.NOON, Kind.ORDER, "Заказ товара",
                "руб", new BigDecimal("1800.00"), buyer("1c-romashka", "7707083893", "770701001"), List.of(),
                new OneCStatus(true, true, TODAY, "ПП-77", true, false, false, "Отгружается", null, null), null, false,
                "line 5: /Документ[1]");

        DocumentImportReport report = db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 1L, List.of(paid)));

        assertEquals(new DocumentImportReport(1, 1, 0, List.of()), report);
        OrderView card = db.call(em -> db.orders.find(order.id()));
        assertTrue(card.oneC().paid());
        assertEquals(List.of("00000000132", "ПП-77", "Отгружается"), List.of(card.oneC().number(),
                card.oneC().paymentNumber(), card.oneC().statusText()));
        assertNull(card.oneC().id(), "1C kept the CRM's Ид");
        assertTrue(db.audited().stream().anyMatch(line -> line.startsWith("ORDER_EVENT customer " + romashka
                + ": Order " + order.number() + ": 1C: 1C number 00000000132, posted, paid on 2026-11-23")), db.audited().toString());
        assertEquals(1, entries(SITE).size(), "1C's own changes are not handed back to it");

        assertEquals(new DocumentImportReport(1, 0, 1, List.of()),
                db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 2L, List.of(paid))), "a re-sent file");
        assertEquals(1, kinds(order.id()).stream().filter(OrderEventKind.STATUS_FROM_1C::equals).count());
    }

    @Test
    void anOrderOneCDeletedIsCancelledAndItsShipmentRequestWithdrawn() {
        OrderView order = confirmed(romashka, null);
        OneCDocument deleted = new OneCDocument("1c-own-id", order.number(), TODAY, null, Kind.ORDER, "Заказ товара",
                null, null, null, List.of(), null, null, true, "line 9");

        assertEquals(1, db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 1L, List.of(deleted))).applied());

        OrderView card = db.call(em -> db.orders.find(order.id()));
        assertEquals(OrderStatus.CANCELLED, card.status());
        assertEquals("1c-own-id", card.oneC().id(), "found by number, 1C's Ид kept");
        assertEquals(OutboxStatus.FAILED, entries(LOGISTICS).get(0).status());
        assertEquals(List.of(), db.call(em -> db.exchanges.pendingShipmentRequests(50)));
    }

    @Test
    void anOrderEnteredInOneCBecomesAConfirmedOrderOfItsBuyerThatGoesNowhere() {
        long cable = db.call(em -> {
            Product product = new Product("cable-guid", new ProductDetails("ВВГ-3", "Кабель ВВГнг 3×2,5", null, "006",
                    "м", new BigDecimal("20"), "20%", null, List.of(), List.of()), null, null, Instant.now());
            em.persist(product);
            return product.id();
        });
        OneCDocument entered = new OneCDocument("1c-order-77", "ТД-000077", TODAY.minusDays(1), LocalTime.NOON,
                Kind.ORDER, "Заказ товара", "643", new BigDecimal("1525.00"), buyer("1c-vector", "7736207543", "773601001"),
                List.of(new OneCDocument.Line("cable-guid", null, null, null, new BigDecimal("95.50"), new BigDecimal("10"),
                                new BigDecimal("955.00"), new BigDecimal("20")),
                        new OneCDocument.Line(null, null, "Доставка", null, null, BigDecimal.ONE, new BigDecimal("570.00"), null)),
                new OneCStatus(true, null, null, null, null, null, null, null, null, null), null, false, "line 1");
        OneCDocument sameBuyer = new OneCDocument("1c-order-78", "ТД-000078", TODAY, null, Kind.ORDER, "Заказ товара",
                "руб.", null, buyer("1c-vector", null, null), List.of(new OneCDocument.Line(null, null, "Услуга", null,
                new BigDecimal("10"), BigDecimal.ONE, null, null)), null, null, false, "line 40");

        DocumentImportReport report = db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 1L, List.of(entered, sameBuyer)));

        assertEquals(new DocumentImportReport(2, 2, 0, List.of()), report);
        db.actAs(db.adminScope());
        List<OrderSummary> imported = db.call(em -> db.orders.list(new OrderQuery(null, null, null), new PageRequest(0, 10)))
                .items();
        assertEquals(2, imported.size());
        assertEquals(imported.get(0).customerId(), imported.get(1).customerId(), "one buyer, created once");
        OrderView card = db.call(em -> db.orders.find(imported.get(1).id()));
        assertEquals(List.of(OrderSource.ONE_C, OrderStatus.CONFIRMED, "1c-order-77", "ТД-000077", "RUB", CHANNEL),
                List.of(card.source(), card.status(), card.oneC().id(), card.oneC().number(), card.currency(), card.createdBy()));
        assertEquals(new BigDecimal("1525.00"), card.total());
        assertEquals(new BigDecimal("159.17"), card.vatTotal());
        assertEquals(List.of(cable, "Кабель ВВГнг 3×2,5", "006"), List.of(card.lines().get(0).productId(),
                card.lines().get(0).name(), card.lines().get(0).unitCode()));
        assertNull(card.lines().get(1).productId(), "a free line");
        Counterparty buyer = db.call(em -> {
            Counterparty found = em.find(Counterparty.class, card.customerId());
            found.externalIds().size();
            found.category().code();
            return found;
        });
        assertEquals(List.of("FROM_1C", "7736207543", "1c-vector"), List.of(buyer.category().code(), buyer.inn(),
                buyer.externalIds().get(0).value()));
        assertEquals(0, db.call(em -> db.outbox.list(null, null, new PageRequest(0, 10))).total(), "1C has it, 1C ships it");

        assertEquals(new DocumentImportReport(2, 0, 2, List.of()),
                db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 2L, List.of(entered, sameBuyer))));
    }

    @Test
    void badDocumentsAreReportedWithTheirPositionAndTheRestOfTheBatchApplies() {
        OrderView order = confirmed(romashka, null);
        List<OneCDocument> batch = List.of(
                new OneCDocument(" ", "1", TODAY, null, Kind.ORDER, "Заказ товара", null, null, null, List.of(), null,
                        null, false, "line 1"),
                new OneCDocument("x-1", "2", TODAY, null, Kind.ORDER, "Заказ товара", null, null,
                        buyer("1c-unknown", null, null), List.of(new OneCDocument.Line(null, null, "Товар", null,
                        BigDecimal.ONE, BigDecimal.ONE, null, null)), null, null, false, "line 2"),
                new OneCDocument("x-2", "3", TODAY, null, Kind.ORDER, "Заказ товара", null, null,
                        buyer("1c-romashka", "7707083893", "770701001"), List.of(new OneCDocument.Line(null, null,
                        "Товар", null, BigDecimal.ONE, null, null, null)), null, null, false, "line 3"),
                new OneCDocument("x-3", "4", TODAY, null, Kind.OTHER, "Возврат товара", null, null, null, List.of(),
                        null, null, false, "line 4"),
                new OneCDocument(order.guid(), order.number(), TODAY, null, Kind.ORDER, "Заказ товара", null, null,
                        null, List.of(), new OneCStatus(true, null, null, null, null, null, null, null, null, null), null,
                        false, "line 5"));

        DocumentImportReport report = db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 1L, batch));

        assertEquals(List.of(new DocumentFailure("line 1", " ", "no Ид"),
                new DocumentFailure("line 2", "x-1", "unknown buyer «Покупатель» without requisites (ИНН)"),
                new DocumentFailure("line 3", "x-2", "line 1: no quantity (Количество)"),
                new DocumentFailure("line 4", "x-3", "operation «Возврат товара» is not applied")), report.failures());
        assertEquals(1, report.applied());
        assertEquals(Boolean.TRUE, db.call(em -> db.orders.find(order.id())).oneC().posted());
        assertEquals(1, db.count("counterparty"), "a refused document creates no buyer");
    }

    @Test
    void invoicesAreUpsertedByTheirIdDueTenDaysLaterAndAppliedOnce() {
        OneCDocument invoice = invoice("inv-1", "СЧ-15", "1200.00", false);

        assertEquals(1, db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 1L, List.of(invoice))).applied());
        Invoice created = onlyInvoice();
        assertEquals(List.of("СЧ-15", romashka, new BigDecimal("1200.00"), TODAY.plusDays(10), "RUB"),
                List.of(created.number(), created.customer().id(), created.amount(), created.dueDate(), created.currency()));
        assertEquals(1, db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 2L, List.of(invoice))).skipped());

        db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 3L, List.of(invoice("inv-1", "СЧ-15", "1500.00", false))));
        assertEquals(new BigDecimal("1500.00"), onlyInvoice().amount());
        db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 4L, List.of(invoice("inv-1", "СЧ-15", "1500.00", true))));
        assertEquals(InvoiceStatus.CANCELLED, onlyInvoice().status());

        DocumentImportReport refused = db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 5L,
                List.of(invoice("inv-2", "СЧ-16", "0", false))));
        assertEquals("amount (Сумма): An amount above zero with at most two decimals",
                refused.failures().get(0).reason());
    }

    @Test
    void aShipmentDocumentGivesItsOrderTheShipmentsNumberAndDate() {
        OrderView order = confirmed(romashka, null);
        OneCDocument shipment = new OneCDocument("rt-1", "РТ-000005", TODAY, null, Kind.SHIPMENT, "Отпуск товара", null,
                new BigDecimal("1800.00"), null, List.of(), null, order.number(), false, "line 1");

        assertEquals(1, db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 1L, List.of(shipment))).applied());

        OrderView card = db.call(em -> db.orders.find(order.id()));
        assertEquals(List.of("РТ-000005", TODAY), List.of(card.oneC().shipmentNumber(), card.oneC().shipmentDate()));
        assertEquals(1, db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 2L, List.of(shipment))).skipped());
        assertThrows(RuleViolationException.class, () -> db.call(em -> db.orders.cancel(order.id(), card.version(), null)),
                "the goods have left");
        DocumentImportReport orphan = db.call(em -> db.exchanges.applyOneCDocuments(CHANNEL, 3L, List.of(
                new OneCDocument("rt-2", "РТ-000006", TODAY, null, Kind.SHIPMENT, "Отпуск товара", null, null, null,
                        List.of(), null, "CRM-999999", false, "line 7"))));
        assertEquals("no order numbered «CRM-999999»", orphan.failures().get(0).reason());
    }

    // --- logistics ---

    @Test
    void shipmentRequestsAreClaimedSentOrRetried() {
        OrderView toWarehouse = confirmed(romashka, "г. Казань, склад 2");
        OrderView toOffice = confirmed(romashka, null);

        List<ShipmentRequest> requests = db.call(em -> db.exchanges.pendingShipmentRequests(50));

        assertEquals(2, requests.size());
        ShipmentRequest first = requests.get(0);
        long entryId = entries(LOGISTICS).stream().filter(e -> e.aggregateId() == toWarehouse.id()).findFirst()
                .orElseThrow().id();
        assertEquals("shipment-" + entryId, first.requestId());
        assertEquals(new ShipmentRequest.Consignee(romashka, "ООО «Ромашка»", "7707083893", "770701001",
                "г. Казань, склад 2", null), first.consignee());
        assertEquals(List.of(new ShipmentRequest.Item(1, null, null, "Монтаж", null, new BigDecimal("2.0000"))), first.items());
        assertEquals("г. Москва, ул. Ленина, д. 1", requests.get(1).consignee().address(), "the legal address");
        assertEquals(List.of(), db.call(em -> db.exchanges.pendingShipmentRequests(50)), "claimed");

        db.call(em -> {
            db.exchanges.shipmentRequestSent(first.requestId(), 77L);
            db.exchanges.shipmentRequestFailed(requests.get(1).requestId(), "queue down");
            return null;
        });

        assertEquals(List.of(toOffice.id()), db.call(em -> db.exchanges.pendingShipmentRequests(50)).stream()
                .map(ShipmentRequest::orderId).toList());
        OutboxEntryView sent = entries(LOGISTICS).stream().filter(e -> e.id() == entryId).findFirst().orElseThrow();
        assertEquals(List.of(OutboxStatus.SENT, 77L), List.of(sent.status(), sent.journalMessageId()));
        assertTrue(kinds(toWarehouse.id()).contains(OrderEventKind.SHIPMENT_REQUESTED));
        assertTrue(kinds(toOffice.id()).contains(OrderEventKind.SHIPMENT_REQUEST_FAILED));
    }

    @Test
    void aShipmentStatusAppliesOnceAndReachesTheCustomersTimeline() {
        OrderView order = confirmed(romashka, null);
        ShipmentStatusUpdate shipped = new ShipmentStatusUpdate("msg-1", order.guid(), null,
                ShipmentStatusUpdate.Status.SHIPPED, Instant.parse("2026-11-24T08:00:00Z"), "WB-1", "ПЭК", "в пути");

        assertTrue(applied(shipped));
        assertTrue(applied(shipped), "redelivered: known order, nothing new");

        OrderView card = db.call(em -> db.orders.find(order.id()));
        assertEquals(List.of(ShipmentStatus.SHIPPED, "WB-1", "ПЭК"), List.of(card.shipment().status(),
                card.shipment().waybillNumber(), card.shipment().carrier()));
        assertEquals(1, kinds(order.id()).stream().filter(OrderEventKind.SHIPMENT_STATUS::equals).count());
        assertTrue(db.audited().contains("ORDER_EVENT customer " + romashka + ": Order " + order.number()
                + ": shipment SHIPPED, waybill WB-1, carrier ПЭК: в пути"), db.audited().toString());

        ShipmentStatusUpdate byNumber = new ShipmentStatusUpdate("msg-2", null, order.number(),
                ShipmentStatusUpdate.Status.PICKED, Instant.parse("2026-11-24T07:00:00Z"), null, null, null);
        assertTrue(applied(byNumber));
        assertEquals(ShipmentStatus.SHIPPED, db.call(em -> db.orders.find(order.id())).shipment().status(), "late");
        assertFalse(applied(new ShipmentStatusUpdate("msg-3", "no-such-guid", "CRM-999999",
                ShipmentStatusUpdate.Status.DELIVERED, Instant.now(), null, null, null)));
    }

    private OrderView confirmed(long customer, String deliveryAddress) {
        OrderView draft = db.call(em -> db.orders.create(new OrderDraft(customer, TODAY, null, deliveryAddress, null, null,
                List.of(new OrderDraft.Line(null, "Монтаж", null, "услуга", new BigDecimal("2"), new BigDecimal("1000"),
                        new BigDecimal("10"), new BigDecimal("20"))))));
        return db.call(em -> db.orders.confirm(draft.id(), draft.version()));
    }

    private boolean applied(ShipmentStatusUpdate update) {
        return db.call(em -> db.exchanges.applyShipmentStatus(update));
    }

    private OneCDocument invoice(String id, String number, String amount, boolean deleted) {
        return new OneCDocument(id, number, TODAY, null, Kind.INVOICE, "Счет на оплату", "руб", new BigDecimal(amount),
                buyer("1c-romashka", "7707083893", "770701001"), List.of(), null, null, deleted, "line 1");
    }

    private static CounterpartyImport buyer(String guid, String inn, String kpp) {
        return new CounterpartyImport(guid, "Покупатель", null, inn, kpp, null, false, "г. Москва", null, List.of(), null);
    }

    private Invoice onlyInvoice() {
        return db.call(em -> {
            Invoice invoice = em.createQuery("select i from Invoice i", Invoice.class).getSingleResult();
            invoice.customer().id();
            return invoice;
        });
    }

    private List<OutboxEntryView> entries(String destination) {
        return db.call(em -> db.outbox.list(null, destination, new PageRequest(0, 50))).items();
    }

    private List<OrderEventKind> kinds(long orderId) {
        db.actAs(db.adminScope());
        try {
            return db.call(em -> db.orders.history(orderId)).stream().map(OrderEventView::kind).toList();
        } finally {
            db.actAs(db.managerScope());
        }
    }

    private static List<Long> ids(List<OrderDocument> documents) {
        return documents.stream().map(OrderDocument::orderId).toList();
    }
}

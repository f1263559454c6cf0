package ru.erp.crm.sales.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.problem.RuleViolationException;

class SalesOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Counterparty romashka = customer("ООО «Ромашка»");
    private final SalesOrder order = new SalesOrder(romashka, TODAY, "RUB", OrderSource.CRM, "manager", NOW);

    @Test
    void aNewOrderIsAnEmptyDraftWithItsOwnGuid() {
        assertEquals(OrderStatus.DRAFT, order.status());
        assertEquals(new BigDecimal("0.00"), order.total());
        assertTrue(order.guid().matches("[0-9a-f-]{36}"), order.guid());
        assertFalse(order.guid().equals(new SalesOrder(romashka, TODAY, "RUB", OrderSource.CRM, "manager", NOW).guid()));
        assertThrows(IllegalStateException.class, order::assignNumber, "no id, no number");
    }

    @Test
    void totalsAreTheSumsOfTheLines() {
        order.replaceLines(List.of(line("Болт", "3", "40.00", "5", "20"), line("Доставка", "1", "500.00", null, null),
                line("Шайба", "10", "1.10", null, "10")));

        assertEquals(new BigDecimal("625.00"), order.total());
        assertEquals(new BigDecimal("20.00"), order.vatTotal());
        assertEquals(List.of(1, 2, 3), order.lines().stream().map(SalesOrderLine::lineNo).toList());
    }

    @Test
    void replacingLinesRewritesThemInPlaceAndDropsTheRest() {
        order.replaceLines(List.of(line("A", "1", "10", null, null), line("B", "1", "20", null, null),
                line("C", "1", "30", null, null)));
        SalesOrderLine first = order.lines().get(0);

        order.replaceLines(List.of(line("D", "2", "5", null, null)));

        assertEquals(1, order.lines().size());
        assertTrue(first == order.lines().get(0), "the first line is rewritten, not replaced");
        assertEquals("D", first.name());
        assertEquals(new BigDecimal("10.00"), order.total());
    }

    @Test
    void confirmingNeedsALineAndHappensOnce() {
        RuleViolationException empty = assertThrows(RuleViolationException.class, () -> order.confirm(NOW));
        assertEquals("crm.rule.order.noLines", empty.messageKey());

        order.replaceLines(List.of(line("A", "1", "10", null, null)));
        order.confirm(NOW);

        assertEquals(OrderStatus.CONFIRMED, order.status());
        assertEquals(NOW, order.confirmedAt());
        assertEquals("crm.rule.order.notDraft", assertThrows(RuleViolationException.class, () -> order.confirm(NOW)).messageKey());
    }

    @Test
    void onlyADraftChanges() {
        order.replaceLines(List.of(line("A", "1", "10", null, null)));
        order.confirm(NOW);

        assertThrows(RuleViolationException.class, () -> order.replaceLines(List.of()));
        assertThrows(RuleViolationException.class, () -> order.describe(TODAY, "x", null, null));
        assertThrows(RuleViolationException.class, () -> order.orderFor(customer("ООО «Другой»")));
    }

    @Test
    void cancellingTellsWhetherOthersMustLearnOfIt() {
        assertFalse(new SalesOrder(romashka, TODAY, "RUB", OrderSource.CRM, "manager", NOW).cancel("передумали", NOW));

        order.replaceLines(List.of(line("A", "1", "10", null, null)));
        order.confirm(NOW);
        assertTrue(order.cancel(" клиент отказался ", NOW));

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals("клиент отказался", order.cancelReason());
        assertEquals("crm.rule.order.cancelled", assertThrows(RuleViolationException.class, () -> order.cancel(null, NOW)).messageKey());
    }

    @Test
    void shippedGoodsCannotBeCancelled() {
        order.replaceLines(List.of(line("A", "1", "10", null, null)));
        order.confirm(NOW);
        order.applyShipmentStatus(ShipmentStatus.SHIPPED, NOW, "WB-1", "ПЭК");

        assertEquals("crm.rule.order.shipped", assertThrows(RuleViolationException.class, () -> order.cancel(null, NOW)).messageKey());
        SalesOrder shippedIn1C = confirmed();
        shippedIn1C.recordOneCShipment("РТ-12", TODAY, NOW);
        assertThrows(RuleViolationException.class, () -> shippedIn1C.cancel(null, NOW));
    }

    @Test
    void oneCStateIsTakenOverWhereOneCSaidSomething() {
        SalesOrder confirmed = confirmed();

        List<String> changes = confirmed.applyOneCState(new OneCOrderState(confirmed.guid(), "00012", true, true,
                TODAY, "ПП-77", true, null, false, "Отгружается", null, null), "h1", NOW);

        assertEquals(List.of("1C number 00012", "posted", "paid on 2026-11-23 (payment ПП-77)", "shipment allowed",
                "not final", "status «Отгружается»"), changes);
        assertNull(confirmed.oneCId(), "1C kept the CRM's Ид");
        assertTrue(confirmed.paid());
        assertTrue(confirmed.carriesOneCContent("h1"));
        assertFalse(confirmed.carriesOneCContent("h2"));
        assertEquals(OrderStatus.CONFIRMED, confirmed.status());

        List<String> nothingSaid = confirmed.applyOneCState(new OneCOrderState(null, null, null, null, null, null, null,
                null, null, null, null, null), "h2", NOW);
        assertEquals(List.of(), nothingSaid);
        assertTrue(confirmed.paid());
        assertEquals("Отгружается", confirmed.oneCStatusText());
    }

    @Test
    void oneCsOwnIdAndShipmentAreKept() {
        SalesOrder confirmed = confirmed();

        List<String> changes = confirmed.applyOneCState(new OneCOrderState("1c-doc-7", "00013", null, false, null, null,
                null, null, null, null, "РТ-5", TODAY.plusDays(1)), "h", NOW);

        assertEquals(List.of("1C Ид 1c-doc-7", "1C number 00013", "shipment РТ-5 of 2026-11-24"), changes);
        assertEquals("1c-doc-7", confirmed.oneCId());
        assertTrue(confirmed.goodsLeft());
        assertEquals(List.of(), confirmed.recordOneCShipment("РТ-5", TODAY.plusDays(1), NOW), "reported before");
    }

    @Test
    void anOrderOneCCancelledIsCancelled() {
        SalesOrder confirmed = confirmed();

        List<String> changes = confirmed.applyOneCState(new OneCOrderState(null, null, null, null, null, null, null,
                true, true, null, null, null), "h", NOW);

        assertEquals(List.of("final status", "cancelled in 1C"), changes);
        assertEquals(OrderStatus.CANCELLED, confirmed.status());
        assertEquals("cancelled in 1C", confirmed.cancelReason());
    }

    @Test
    void aLateShipmentStatusDoesNotOvertakeTheCurrentOne() {
        SalesOrder confirmed = confirmed();

        assertTrue(confirmed.applyShipmentStatus(ShipmentStatus.SHIPPED, NOW, null, null));
        assertFalse(confirmed.applyShipmentStatus(ShipmentStatus.PICKED, NOW.minusSeconds(60), "WB-9", "ПЭК"));

        assertEquals(ShipmentStatus.SHIPPED, confirmed.shipmentStatus());
        assertEquals("WB-9", confirmed.waybillNumber(), "a missing waybill is filled in");
        assertTrue(confirmed.applyShipmentStatus(ShipmentStatus.DELIVERED, NOW.plusSeconds(60), "WB-10", null));
        assertEquals("WB-10", confirmed.waybillNumber());
        assertEquals("ПЭК", confirmed.carrier());
    }

    @Test
    void anExportedVersionNeverGoesBack() {
        order.exportedToOneC(3);
        order.exportedToOneC(2);

        assertEquals(3L, order.exportedVersion());
    }

    @Test
    void theSnapshotListsTheLines() {
        order.replaceLines(List.of(line("A", "2", "10", null, null)));

        assertEquals("[1. A × 2 @ 10.00 = 20.00 без НДС]", order.snapshot().get("lines"));
        assertEquals(OrderStatus.DRAFT, order.snapshot().get("status"));
    }

    private SalesOrder confirmed() {
        SalesOrder confirmed = new SalesOrder(romashka, TODAY, "RUB", OrderSource.CRM, "manager", NOW);
        confirmed.replaceLines(List.of(line("A", "1", "10", null, null)));
        confirmed.confirm(NOW);
        return confirmed;
    }

    private static OrderLineTerms line(String name, String quantity, String price, String discount, String vat) {
        return OrderLineTerms.priced(null, null, null, name, null, null, new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), vat == null ? null : new BigDecimal(vat));
    }

    private static Counterparty customer(String name) {
        return new Counterparty(CounterpartyKind.ORGANIZATION, name, new CustomerCategory("KEY", "Ключевые", "Key"), NOW);
    }
}

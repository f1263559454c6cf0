package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.customer.entity.ExternalSystem;
import ru.erp.crm.exchange.boundary.OutboxEntryView;
import ru.erp.crm.exchange.entity.OutboxStatus;
import ru.erp.crm.sales.boundary.OrderDocument;
import ru.erp.crm.sales.entity.OrderLineTerms;
import ru.erp.crm.sales.entity.OrderSource;
import ru.erp.crm.sales.entity.SalesOrder;

class SiteDocumentsTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T06:30:15.123Z");

    @Test
    void aHandOutNamesEachOrderOnceInTheOrderOfItsOldestEntry() {
        List<OutboxEntryView> entries = List.of(entry(1, 7, 2), entry(2, 5, 1), entry(3, 7, 3), entry(4, 9, 1));

        assertEquals(List.of(7L, 5L, 9L), SiteDocuments.orderIds(entries));
        assertEquals(Map.of(7L, 3L, 5L, 1L, 9L, 1L), SiteDocuments.confirmedVersions(entries));
    }

    @Test
    void theBuyerIsNamedByItsOneCGuidWhenTheCrmKnowsOne() {
        Counterparty person = new Counterparty(CounterpartyKind.PERSON, "ИП Иванов", category(), CREATED);
        person.changeRequisites("500100732259", null, null);
        person.identifyAs(ExternalSystem.ONE_C, "bd72d8f6-1c");

        assertEquals(new OrderDocument.Buyer("bd72d8f6-1c", "ИП Иванов", "ИП Иванов", "500100732259", null, true, null),
                SiteDocuments.buyer(person), "without a full name, the name; a person has no KPP");
    }

    @Test
    void theDocumentTellsTheTimeOfDayInTheGivenZoneAndTheLinesAsTheyAre() {
        Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»", category(), CREATED);
        SalesOrder order = Saved.withId(new SalesOrder(Saved.withId(customer, 8), LocalDate.of(2026, 11, 23), "RUB",
                OrderSource.CRM, "manager", CREATED), 50);
        order.replaceLines(List.of(OrderLineTerms.priced(3L, "p1#c1", "ART", "Коврик", "796", "шт", new BigDecimal("2"),
                new BigDecimal("150.00"), new BigDecimal("10"), new BigDecimal("20"))));
        order.confirm(CREATED.plusSeconds(60));

        OrderDocument document = SiteDocuments.of(order, ZoneId.of("Europe/Moscow"));

        assertEquals(LocalTime.of(9, 30, 15), document.time());
        assertEquals("crm-8", document.buyer().externalId(), "the CRM's own id until 1C's is known");
        assertEquals(new OrderDocument.Line("p1#c1", "ART", "Коврик", "796", "шт", new BigDecimal("150.00"),
                new BigDecimal("2.0000"), new BigDecimal("10.00"), new BigDecimal("270.00"), new BigDecimal("20.00"),
                new BigDecimal("45.00")), document.lines().get(0));
        assertEquals(new OrderDocument.OrderState("Подтвержден", false, false, false, CREATED.plusSeconds(60)),
                document.state());
        assertEquals(List.of(new BigDecimal("270.00"), new BigDecimal("45.00")), List.of(document.total(), document.vatTotal()));

        order.cancel("нет на складе", CREATED.plusSeconds(120));
        assertEquals(new OrderDocument.OrderState("Отменен", true, false, false, CREATED.plusSeconds(120)),
                SiteDocuments.of(order, ZoneId.of("UTC")).state());
    }

    private static OutboxEntryView entry(long id, long orderId, long version) {
        return new OutboxEntryView(id, "1c-site-orders", "1c-orders", orderId, version, OutboxStatus.HANDED_OUT, "q", 0,
                null, CREATED, CREATED, null, null);
    }

    private static CustomerCategory category() {
        return new CustomerCategory("KEY", "Ключевые", "Key");
    }
}

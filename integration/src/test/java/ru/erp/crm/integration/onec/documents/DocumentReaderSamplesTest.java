package ru.erp.crm.integration.onec.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.integration.onec.commerceml.Samples;
import ru.erp.crm.integration.onec.documents.DocumentElement.Readable;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.boundary.OneCDocument.Kind;
import ru.erp.crm.sales.boundary.OneCDocument.Line;
import ru.erp.crm.sales.boundary.OneCDocument.OneCStatus;

/** Field by field on the real files: what 1C sends back (to.xml, the 2.07 BSP orders) and what a site sends (2.05). */
class DocumentReaderSamplesTest {

    @Test
    void theOfficialOrderFrom1cCarriesItsPaymentAndDelivery() throws IOException {
        OneCDocument order = only("2.03/official-protocol-examples/to.xml");

        assertEquals("20", order.externalId());
        assertEquals("20", order.number());
        assertEquals(LocalDate.of(2007, 10, 16), order.date());
        assertEquals(LocalTime.of(15, 40, 40), order.time());
        assertEquals(Kind.ORDER, order.kind());
        assertEquals("Заказ товара", order.operation());
        assertEquals("RUB", order.currency());
        assertEquals(new BigDecimal("9683.42"), order.amount());
        assertEquals(new OneCStatus(null, true, LocalDate.of(2007, 10, 16), "ТК000000026", true, false, true,
                "[F] Доставлен", null, null), order.status());
        assertNull(order.baseNumber());
        assertFalse(order.deleted());
        assertEquals("line 3: /КоммерческаяИнформация/Документ[1]", order.position());
        assertEquals(List.of(
                new Line("ORDER_DELIVERY", null, "Доставка заказа", "796", new BigDecimal("348.00"), BigDecimal.ONE,
                        new BigDecimal("348.00"), null),
                new Line("cbcf498f-55bc-11d9-848a-00112f43529a", null, "Комбайн MOULINEX A77 4C", "796",
                        new BigDecimal("9335.42"), new BigDecimal("1.00"), new BigDecimal("9335.42"), null)),
                order.lines());
    }

    @Test
    void theBuyerIsReadAsACounterpartyAndNotItsContactPerson() throws IOException {
        CounterpartyImport buyer = only("2.03/official-protocol-examples/to.xml").buyer();

        assertEquals("1#admin#Петров Петр", buyer.externalId());
        assertEquals("Петр Петров", buyer.name());
        assertEquals("Петр Петров", buyer.fullName());
        assertTrue(buyer.person(), "Фамилия and Имя make a person");
        assertEquals("87698", buyer.legalAddress());
        assertEquals("line 13 /КоммерческаяИнформация/Документ[1]/Контрагенты/Контрагент[1]", buyer.position());
    }

    @Test
    void theBspOrdersInTheirNamespaceCarryArticlesUnitCodesAndAZeroVatRate() throws IOException {
        List<OneCDocument> orders = all("2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml");

        assertEquals(List.of("76c2a49c-217e-11e6-ae3c-6805ca05f260", "fab0f37b-1818-11e6-b175-6805ca05f260"),
                orders.stream().map(OneCDocument::externalId).toList());
        assertEquals("643", orders.get(0).currency());
        Line freezer = orders.get(1).lines().get(0);
        assertEquals(new Line("dd67322d-2b88-11e5-8159-6805ca05f260", "FH 21 BW", "Морозильный ларь Gorenje FH 21 BW",
                "796", new BigDecimal("19403"), BigDecimal.ONE, new BigDecimal("19403"), BigDecimal.ZERO), freezer);
        assertEquals("line 162: /КоммерческаяИнформация/Документ[2]", orders.get(1).position());
    }

    @Test
    void aSiteAnswerIsReadWithItsStatusRequisites() throws IOException {
        List<OneCDocument> orders = all("2.05/site-query-response/orders-full.xml");

        OneCDocument second = orders.get(1);
        assertEquals(new BigDecimal("14380.5800"), second.amount());
        assertEquals(second.amount(), second.lines().stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(4), "the lines add up to the document");
        assertEquals(new OneCStatus(null, false, null, null, false, false, false, "[N] Принят, ожидается оплата", null, null),
                second.status());
        assertEquals("5#content-manager# Контент менджер", second.buyer().externalId());
        assertEquals("1С 5#content-manager# Контент менджер", second.buyer().name(), "a nameless buyer is named after its Ид");
    }

    private static OneCDocument only(String sample) throws IOException {
        List<OneCDocument> documents = all(sample);
        assertEquals(1, documents.size());
        return documents.get(0);
    }

    private static List<OneCDocument> all(String sample) throws IOException {
        return Samples.readAll(Samples.commerceml(sample), DocumentReader::new).stream()
                .map(element -> ((Readable) element).document())
                .toList();
    }
}

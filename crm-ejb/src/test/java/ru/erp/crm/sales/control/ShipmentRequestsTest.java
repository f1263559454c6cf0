package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPurpose;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.sales.boundary.ShipmentRequest;
import ru.erp.crm.sales.entity.OrderLineTerms;
import ru.erp.crm.sales.entity.OrderSource;
import ru.erp.crm.sales.entity.SalesOrder;

class ShipmentRequestsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void aRequestIdNamesItsOutboxEntry() {
        assertEquals("shipment-51", ShipmentRequests.requestId(51));
        assertEquals(51L, ShipmentRequests.entryIdOf("shipment-51"));
        assertThrows(IllegalArgumentException.class, () -> ShipmentRequests.entryIdOf("order-51"));
        assertThrows(IllegalArgumentException.class, () -> ShipmentRequests.entryIdOf("shipment-x"));
        assertThrows(IllegalArgumentException.class, () -> ShipmentRequests.entryIdOf(null));
    }

    @Test
    void theGoodsGoToTheDeliveryAddressOrTheLegalOneAndTheDriverGetsTheCustomersOwnPhone() {
        Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»",
                new CustomerCategory("KEY", "Ключевые", "Key"), Instant.EPOCH);
        customer.changeAddresses("г. Москва, ул. Ленина, д. 1", null);
        customer.addContactPerson("Иванов", null, null).replaceContactPoints(List.of(
                new ContactDetails(ContactKind.PHONE, ContactPurpose.WORK, "+7 916 000-00-00", null, null)));
        customer.replaceOwnContactPoints(List.of(
                new ContactDetails(ContactKind.EMAIL, ContactPurpose.WORK, "info@romashka.ru", null, null),
                new ContactDetails(ContactKind.PHONE, ContactPurpose.WORK, "+7 495 123-45-67", null, null)));
        SalesOrder order = Saved.withId(new SalesOrder(Saved.withId(customer, 8), DAY, "RUB", OrderSource.CRM, "manager",
                Instant.EPOCH), 50);
        order.describe(DAY, "с 9 до 18", null, DAY.plusDays(2));
        order.replaceLines(List.of(OrderLineTerms.priced(4L, "p1", "A-1", "Коврик", "796", "шт", new BigDecimal("3"),
                BigDecimal.TEN, null, null)));

        ShipmentRequest request = ShipmentRequests.of(60, order);

        assertEquals(List.of("shipment-60", 50L, 8L), List.of(request.requestId(), request.orderId(),
                request.consignee().customerId()));
        assertEquals("г. Москва, ул. Ленина, д. 1", request.consignee().address());
        assertEquals("+7 495 123-45-67", request.consignee().phone());
        assertEquals(List.of(new ShipmentRequest.Item(1, "p1", "A-1", "Коврик", "796", new BigDecimal("3.0000"))),
                request.items());
        assertEquals(List.of(DAY.plusDays(2), "с 9 до 18"), List.of(request.requestedDate(), request.comment()));

        order.describe(DAY, null, "г. Казань, склад 2", null);
        assertEquals("г. Казань, склад 2", ShipmentRequests.of(60, order).consignee().address());
    }
}

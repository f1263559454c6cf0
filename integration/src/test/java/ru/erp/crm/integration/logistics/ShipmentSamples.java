package ru.erp.crm.integration.logistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.erp.crm.sales.boundary.ShipmentRequest;
import ru.erp.crm.sales.boundary.ShipmentRequest.Consignee;
import ru.erp.crm.sales.boundary.ShipmentRequest.Item;

/** Shipment requests and status documents for the logistics tests. */
final class ShipmentSamples {

    static final String ORDER_GUID = "3f2c1d9e-5b7a-4c21-9e0f-1a2b3c4d5e6f";

    private ShipmentSamples() {
    }

    /** A request with every field filled in, two lines (one a catalogue product, one free). */
    static ShipmentRequest request(String requestId) {
        return new ShipmentRequest(requestId, 17, ORDER_GUID, "CRM-000017", LocalDate.of(2026, 11, 20),
                new Consignee(5, "ООО «Ромашка»", "7707083893", "770701001", "Москва, ул. Лесная, д. 5",
                        "+7 495 123-45-67"),
                LocalDate.of(2026, 11, 25),
                List.of(new Item(1, "a1b2c3d4-0000-1111-2222-333344445555", "ART-1", "Стул офисный", "796",
                                new BigDecimal("2.0000")),
                        new Item(2, null, null, "Доставка до двери", null, new BigDecimal("1.2500"))),
                "Звонить за час");
    }

    /** A status message; {@code orderXml} is the content of its {@code order} element. */
    static String status(String messageId, String orderXml, String status, String occurredAt) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ShipmentStatus xmlns="urn:erp-crm:logistics:shipment:1.0">
                  <messageId>%s</messageId>
                  <order>%s</order>
                  <status>%s</status>
                  <occurredAt>%s</occurredAt>
                  <waybillNumber>WB-778</waybillNumber>
                  <carrier>ТК Быстрые грузы</carrier>
                  <comment>Передано перевозчику</comment>
                </ShipmentStatus>
                """.formatted(messageId, orderXml, status, occurredAt);
    }

    static String status(String messageId) {
        return status(messageId, "<id>" + ORDER_GUID + "</id><number>CRM-000017</number>", "SHIPPED",
                "2026-11-23T14:05:00+03:00");
    }
}

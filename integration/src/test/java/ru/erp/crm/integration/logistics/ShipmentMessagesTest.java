package ru.erp.crm.integration.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import ru.erp.crm.sales.boundary.ShipmentRequest;
import ru.erp.crm.sales.boundary.ShipmentRequest.Consignee;
import ru.erp.crm.sales.boundary.ShipmentStatusUpdate;
import ru.erp.crm.sales.boundary.ShipmentStatusUpdate.Status;

class ShipmentMessagesTest {

    @Test
    void aRequestIsWrittenValidAgainstTheSchemaAndReadsBackTheSame() throws Exception {
        ShipmentRequest request = ShipmentSamples.request("shipment-41");

        byte[] xml = ShipmentMessages.requestXml(request);

        ShipmentMessages.schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        ShipmentRequestXml back = (ShipmentRequestXml) JAXBContext.newInstance(ShipmentRequestXml.class)
                .createUnmarshaller().unmarshal(new ByteArrayInputStream(xml));
        assertEquals("shipment-41", back.requestId);
        assertEquals(ShipmentSamples.ORDER_GUID, back.order.id);
        assertEquals("CRM-000017", back.order.number);
        assertEquals(LocalDate.of(2026, 11, 20), back.order.date);
        assertEquals("ООО «Ромашка»", back.consignee.name);
        assertEquals("7707083893", back.consignee.inn);
        assertEquals("770701001", back.consignee.kpp);
        assertEquals("Москва, ул. Лесная, д. 5", back.consignee.address);
        assertEquals("+7 495 123-45-67", back.consignee.phone);
        assertEquals(LocalDate.of(2026, 11, 25), back.requestedDate);
        assertEquals(2, back.items.size());
        assertEquals(1, back.items.get(0).lineNo);
        assertEquals("a1b2c3d4-0000-1111-2222-333344445555", back.items.get(0).productId);
        assertEquals("ART-1", back.items.get(0).article);
        assertEquals("Стул офисный", back.items.get(0).name);
        assertEquals("796", back.items.get(0).unitCode);
        assertEquals(new BigDecimal("2"), back.items.get(0).quantity);
        assertEquals(new BigDecimal("1.25"), back.items.get(1).quantity);
        assertEquals("Звонить за час", back.comment);
    }

    @Test
    void aRequestUsesTheSchemaNamespaceAsDefaultAndLeavesUnknownOptionalFieldsOut() {
        ShipmentRequest full = ShipmentSamples.request("shipment-42");
        ShipmentRequest sparse = new ShipmentRequest("shipment-42", 17, full.orderGuid(), full.orderNumber(),
                full.orderDate(), new Consignee(9, "Иванов Иван", null, " ", "Тверь, ул. Мира, 1", null),
                null, List.of(full.items().get(1)), null);

        String xml = new String(ShipmentMessages.requestXml(sparse), StandardCharsets.UTF_8);

        assertTrue(xml.contains("<ShipmentRequest xmlns=\"urn:erp-crm:logistics:shipment:1.0\">"), xml);
        for (String absent : List.of("<inn>", "<kpp>", "<phone>", "<requestedDate>", "<productId>", "<comment>")) {
            assertFalse(xml.contains(absent), absent + " in " + xml);
        }
    }

    @Test
    void aRequestThatDoesNotFitTheSchemaIsRefusedNamingTheProblems() {
        ShipmentRequest full = ShipmentSamples.request("shipment-43");
        ShipmentRequest broken = new ShipmentRequest("shipment-43", 17, full.orderGuid(), full.orderNumber(),
                full.orderDate(), new Consignee(5, "ООО «Ромашка»", "12345", null, null, null),
                null, List.of(), null);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ShipmentMessages.requestXml(broken));

        assertTrue(refused.getMessage().startsWith("Shipment request shipment-43 does not fit shipment-1.0.xsd"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("'12345'"), "the bad INN: " + refused.getMessage());
        assertTrue(refused.getMessage().contains("item"), "no items: " + refused.getMessage());
    }

    @Test
    void aRequestWithoutAnAddressIsValidTheCustomerCollects() throws Exception {
        ShipmentRequest full = ShipmentSamples.request("shipment-44");
        ShipmentRequest pickup = new ShipmentRequest("shipment-44", 17, full.orderGuid(), full.orderNumber(),
                full.orderDate(), new Consignee(5, "ООО «Ромашка»", null, null, null, null),
                null, full.items(), null);

        String xml = new String(ShipmentMessages.requestXml(pickup), java.nio.charset.StandardCharsets.UTF_8);

        assertTrue(xml.contains("<name>ООО «Ромашка»</name>") && !xml.contains("address"), xml);
    }

    @Test
    void aStatusIsReadIntoTheBoundaryRecord() {
        ShipmentStatusUpdate update = read(ShipmentSamples.status("lg-1001"));

        assertEquals(new ShipmentStatusUpdate("lg-1001", ShipmentSamples.ORDER_GUID, "CRM-000017", Status.SHIPPED,
                Instant.parse("2026-11-23T11:05:00Z"), "WB-778", "ТК Быстрые грузы", "Передано перевозчику"), update);
    }

    @Test
    void aStatusMayNameItsOrderByNumberOnlyAndLeaveOutTheOptionalFields() {
        String xml = """
                <ShipmentStatus xmlns="urn:erp-crm:logistics:shipment:1.0">
                  <messageId> lg-1002 </messageId>
                  <order><number>CRM-000017</number></order>
                  <status>DELIVERED</status>
                  <occurredAt>2026-11-24T09:30:15.250Z</occurredAt>
                </ShipmentStatus>""";

        ShipmentStatusUpdate update = read(xml);

        assertEquals("lg-1002", update.messageId());
        assertNull(update.orderGuid());
        assertEquals("CRM-000017", update.orderNumber());
        assertEquals(Status.DELIVERED, update.status());
        assertEquals(Instant.parse("2026-11-24T09:30:15.250Z"), update.occurredAt());
        assertNull(update.waybillNumber());
        assertNull(update.carrier());
        assertNull(update.comment());
    }

    @Test
    void anUnknownStatusIsRefusedWithItsLineColumnAndElement() {
        String xml = ShipmentSamples.status("lg-1003", "<id>g</id>", "LOST", "2026-11-23T14:05:00+03:00");

        ShipmentMessageException refused = refused(xml);

        assertEquals(5, refused.getLine());
        assertTrue(refused.getColumn() > 0);
        assertEquals("ShipmentStatus/status", refused.getElement());
        assertTrue(refused.getMessage().contains("'LOST'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ACCEPTED, PICKED, SHIPPED, DELIVERED, REJECTED"), refused.getMessage());
        assertFalse(refused.getMessage().contains("cvc-"), "no validator rule codes: " + refused.getMessage());
        assertEquals("line 5, column " + refused.getColumn() + ", element ShipmentStatus/status", refused.position());
    }

    @Test
    void aStatusWithoutMessageIdIsRefusedNamingTheMissingElement() {
        String xml = ShipmentSamples.status("lg-1004").replaceAll("\\s*<messageId>lg-1004</messageId>", "");

        ShipmentMessageException refused = refused(xml);

        assertEquals("ShipmentStatus/order", refused.getElement(), "where the validator noticed");
        assertTrue(refused.getMessage().contains("'messageId'"), refused.getMessage());
        assertFalse(refused.getMessage().contains("urn:erp-crm"), "plain element names: " + refused.getMessage());
    }

    @Test
    void aTimeWithoutItsOffsetFromUtcIsRefused() {
        ShipmentMessageException refused = refused(ShipmentSamples.status("lg-1005", "<id>g</id>", "PICKED",
                "2026-11-23T14:05:00"));

        assertEquals("ShipmentStatus/occurredAt", refused.getElement());
    }

    @Test
    void anOrderReferenceWithNeitherIdNorNumberIsRefused() {
        ShipmentMessageException refused = refused(ShipmentSamples.status("lg-1006", "", "PICKED",
                "2026-11-23T14:05:00Z"));

        assertEquals("ShipmentStatus/order", refused.getElement());
    }

    @Test
    void textThatIsNotXmlIsRefusedAtItsFirstCharacter() {
        ShipmentMessageException refused = refused("status: SHIPPED");

        assertEquals(1, refused.getLine());
        assertEquals(1, refused.getColumn());
        assertNull(refused.getElement());
        assertEquals("line 1, column 1", refused.position());
        assertTrue(refused.getMessage().startsWith("Invalid shipment message at line 1, column 1: "), refused.getMessage());
    }

    @Test
    void xmlCutShortIsRefusedWithTheElementItStoppedIn() {
        String whole = ShipmentSamples.status("lg-1007");

        ShipmentMessageException refused = refused(whole.substring(0, whole.indexOf("<status>")));

        assertEquals("ShipmentStatus", refused.getElement());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE ShipmentStatus [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <ShipmentStatus xmlns="urn:erp-crm:logistics:shipment:1.0"><messageId>&x;</messageId></ShipmentStatus>""";

        ShipmentMessageException refused = refused(xml);

        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void aShipmentRequestIsNotTakenForAStatus() {
        String request = new String(ShipmentMessages.requestXml(ShipmentSamples.request("shipment-44")),
                StandardCharsets.UTF_8);

        ShipmentMessageException refused = refused(request);

        assertEquals("Expected a ShipmentStatus message, found ShipmentRequest", refused.getMessage());
        assertEquals("element ShipmentRequest", refused.position());
    }

    @Test
    void theMessageIdIsFoundEvenWhenTheRestOfTheStatusIsWrong() {
        assertEquals(Optional.of("lg-1008"), ShipmentMessages.statusMessageId(ShipmentSamples.status("lg-1008",
                "<id>g</id>", "LOST", "yesterday")));
        assertEquals(Optional.of("lg-1009"), ShipmentMessages.statusMessageId(
                "<ShipmentStatus xmlns=\"urn:erp-crm:logistics:shipment:1.0\"><messageId>lg-1009</messageId><order>"));
    }

    @Test
    void noMessageIdIsFoundInTextThatCannotBeAStatusWithOne() {
        assertEquals(Optional.empty(), ShipmentMessages.statusMessageId("status: SHIPPED"));
        assertEquals(Optional.empty(), ShipmentMessages.statusMessageId(null));
        assertEquals(Optional.empty(), ShipmentMessages.statusMessageId(
                "<ShipmentStatus xmlns=\"urn:erp-crm:logistics:shipment:1.0\"><order/><messageId>x</messageId></ShipmentStatus>"));
        assertEquals(Optional.empty(), ShipmentMessages.statusMessageId(
                "<ShipmentStatus xmlns=\"urn:other\"><messageId>x</messageId></ShipmentStatus>"));
        assertEquals(Optional.empty(), ShipmentMessages.statusMessageId(
                "<ShipmentStatus xmlns=\"urn:erp-crm:logistics:shipment:1.0\"><messageId>a b</messageId></ShipmentStatus>"));
        assertEquals(Optional.empty(), ShipmentMessages.statusMessageId(
                "<ShipmentStatus xmlns=\"urn:erp-crm:logistics:shipment:1.0\"><messageId>" + "x".repeat(129)
                        + "</messageId></ShipmentStatus>"));
    }

    private static ShipmentStatusUpdate read(String xml) {
        return ShipmentMessages.readStatus(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ShipmentMessageException refused(String xml) {
        return assertThrows(ShipmentMessageException.class, () -> read(xml));
    }
}

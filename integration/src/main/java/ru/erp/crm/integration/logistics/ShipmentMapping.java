package ru.erp.crm.integration.logistics;

import java.math.BigDecimal;
import javax.xml.datatype.XMLGregorianCalendar;
import ru.erp.crm.integration.logistics.ShipmentRequestXml.ConsigneeXml;
import ru.erp.crm.integration.logistics.ShipmentRequestXml.ItemXml;
import ru.erp.crm.integration.logistics.ShipmentRequestXml.OrderXml;
import ru.erp.crm.sales.boundary.ShipmentRequest;
import ru.erp.crm.sales.boundary.ShipmentStatusUpdate;

/**
 * Between the sales boundary's shipment records and the schema's elements. Blank texts become
 * absent elements, so an optional field the CRM does not know is left out rather than sent empty
 * (which the schema would refuse).
 */
final class ShipmentMapping {

    private ShipmentMapping() {
    }

    static ShipmentRequestXml toXml(ShipmentRequest request) {
        ShipmentRequestXml xml = new ShipmentRequestXml();
        xml.requestId = text(request.requestId());
        xml.order = new OrderXml();
        xml.order.id = text(request.orderGuid());
        xml.order.number = text(request.orderNumber());
        xml.order.date = request.orderDate();
        if (request.consignee() != null) {
            xml.consignee = new ConsigneeXml();
            xml.consignee.name = text(request.consignee().name());
            xml.consignee.inn = text(request.consignee().inn());
            xml.consignee.kpp = text(request.consignee().kpp());
            xml.consignee.address = text(request.consignee().address());
            xml.consignee.phone = text(request.consignee().phone());
        }
        xml.requestedDate = request.requestedDate();
        xml.items = request.items().stream().map(ShipmentMapping::toXml).toList();
        xml.comment = text(request.comment());
        return xml;
    }

    private static ItemXml toXml(ShipmentRequest.Item item) {
        ItemXml xml = new ItemXml();
        xml.lineNo = item.lineNo();
        xml.productId = text(item.productExternalId());
        xml.article = text(item.article());
        xml.name = text(item.name());
        xml.unitCode = text(item.unitCode());
        xml.quantity = plain(item.quantity());
        return xml;
    }

    static ShipmentStatusUpdate toUpdate(ShipmentStatusXml xml) {
        return new ShipmentStatusUpdate(text(xml.messageId), text(xml.order.id), text(xml.order.number),
                ShipmentStatusUpdate.Status.valueOf(xml.status.strip()), instant(xml.occurredAt),
                text(xml.waybillNumber), text(xml.carrier), text(xml.comment));
    }

    /** The schema demands an offset, so the calendar always names an instant. */
    private static java.time.Instant instant(XMLGregorianCalendar calendar) {
        return calendar.toGregorianCalendar().toZonedDateTime().toInstant();
    }

    /** 2.5000 is sent as 2.5 and 3.0000 as 3: the schema allows four decimals, not four trailing zeros more. */
    private static BigDecimal plain(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

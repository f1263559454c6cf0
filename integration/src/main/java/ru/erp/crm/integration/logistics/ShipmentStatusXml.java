package ru.erp.crm.integration.logistics;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * {@code ShipmentStatus} of shipment-1.0.xsd. The status stays text here: the schema has already
 * checked it against the enumeration when an instance of this class exists.
 */
@XmlRootElement(name = "ShipmentStatus")
@XmlType(name = "ShipmentStatusType",
        propOrder = {"messageId", "order", "status", "occurredAt", "waybillNumber", "carrier", "comment"})
class ShipmentStatusXml {

    @XmlElement(required = true)
    String messageId;

    @XmlElement(required = true)
    OrderReferenceXml order;

    @XmlElement(required = true)
    String status;

    /** JAXB's own type for xs:dateTime keeps whatever offset the sender wrote. */
    @XmlElement(required = true)
    XMLGregorianCalendar occurredAt;

    String waybillNumber;

    String carrier;

    String comment;

    /** {@code OrderReferenceType}: the order's Ид, its number, or both. */
    @XmlType(name = "OrderReferenceType", propOrder = {"id", "number"})
    static class OrderReferenceXml {

        String id;

        String number;
    }
}

package ru.erp.crm.integration.logistics;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code ShipmentRequest} of shipment-1.0.xsd. */
@XmlRootElement(name = "ShipmentRequest")
@XmlType(name = "ShipmentRequestType", propOrder = {"requestId", "order", "consignee", "requestedDate", "items", "comment"})
class ShipmentRequestXml {

    @XmlElement(required = true)
    String requestId;

    @XmlElement(required = true)
    OrderXml order;

    @XmlElement(required = true)
    ConsigneeXml consignee;

    @XmlJavaTypeAdapter(IsoDateAdapter.class)
    LocalDate requestedDate;

    @XmlElementWrapper(name = "items", required = true)
    @XmlElement(name = "item")
    List<ItemXml> items;

    String comment;

    /** {@code OrderType}: the order's Ид, number and date. */
    @XmlType(name = "OrderType", propOrder = {"id", "number", "date"})
    static class OrderXml {

        @XmlElement(required = true)
        String id;

        @XmlElement(required = true)
        String number;

        @XmlElement(required = true)
        @XmlJavaTypeAdapter(IsoDateAdapter.class)
        LocalDate date;
    }

    /** {@code ConsigneeType}. */
    @XmlType(name = "ConsigneeType", propOrder = {"name", "inn", "kpp", "address", "phone"})
    static class ConsigneeXml {

        @XmlElement(required = true)
        String name;

        String inn;

        String kpp;

        @XmlElement(required = true)
        String address;

        String phone;
    }

    /** {@code ItemType}: one position. */
    @XmlType(name = "ItemType", propOrder = {"lineNo", "productId", "article", "name", "unitCode", "quantity"})
    static class ItemXml {

        int lineNo;

        String productId;

        String article;

        @XmlElement(required = true)
        String name;

        String unitCode;

        @XmlElement(required = true)
        BigDecimal quantity;
    }
}

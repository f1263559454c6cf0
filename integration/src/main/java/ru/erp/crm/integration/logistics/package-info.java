/**
 * The logistics exchange over JMS: shipment requests for confirmed orders go out through the
 * outbox to the logistics queue, shipment statuses come back on another queue and reach the
 * orders. The message format is {@code xsd/logistics/shipment-1.0.xsd}; the {@code *Xml} classes
 * here bind it and follow the schema element by element (hand-written: the schema is small and
 * stable, and a generator would add a build step for six classes).
 */
@XmlSchema(namespace = ShipmentMessages.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = ShipmentMessages.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
package ru.erp.crm.integration.logistics;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;

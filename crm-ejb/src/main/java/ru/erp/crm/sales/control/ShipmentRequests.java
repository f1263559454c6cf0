package ru.erp.crm.sales.control;

import java.util.Optional;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPoint;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.sales.boundary.ShipmentRequest;
import ru.erp.crm.sales.entity.SalesOrder;

/**
 * Shipment requests for logistics, one per outbox entry: {@code requestId} is
 * {@value #PREFIX} and the entry's id, so the receiver's idempotency key names exactly one
 * request, and the goods go to the order's delivery address or else the customer's legal one.
 */
public final class ShipmentRequests {

    static final String PREFIX = "shipment-";

    private ShipmentRequests() {
    }

    public static ShipmentRequest of(long entryId, SalesOrder order) {
        Counterparty customer = order.customer();
        String address = order.deliveryAddress() != null ? order.deliveryAddress() : customer.legalAddress();
        return new ShipmentRequest(requestId(entryId), order.id(), order.guid(), order.number(), order.date(),
                new ShipmentRequest.Consignee(customer.id(), customer.name(), customer.inn(), customer.kpp(), address,
                        phone(customer).orElse(null)),
                order.requestedShipDate(),
                order.lines().stream().map(line -> new ShipmentRequest.Item(line.lineNo(), line.productExternalId(),
                        line.article(), line.name(), line.unitCode(), line.quantity())).toList(),
                order.comment());
    }

    public static String requestId(long entryId) {
        return PREFIX + entryId;
    }

    /** The outbox entry a request id names; anything else is not a request this CRM sent. */
    public static long entryIdOf(String requestId) {
        if (requestId == null || !requestId.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a shipment request id: " + requestId);
        }
        try {
            return Long.parseLong(requestId.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a shipment request id: " + requestId, e);
        }
    }

    /** The customer's own first phone (not one of its contact persons'), for the driver. */
    private static Optional<String> phone(Counterparty customer) {
        return customer.contactPoints().stream()
                .filter(point -> point.person().isEmpty() && point.kind() == ContactKind.PHONE)
                .map(ContactPoint::rawValue).findFirst();
    }
}

package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the logistics system needs to ship a confirmed order: sent once per order version through
 * the outbox ({@code requestId} = the outbox entry, the receiver's idempotency key).
 */
public record ShipmentRequest(String requestId, long orderId, String orderGuid, String orderNumber,
                              LocalDate orderDate, Consignee consignee, LocalDate requestedDate, List<Item> items,
                              String comment) {

    public ShipmentRequest {
        items = List.copyOf(items);
    }

    /** The customer the goods go to. */
    public record Consignee(long customerId, String name, String inn, String kpp, String address, String phone) {
    }

    /** One position to ship. */
    public record Item(int lineNo, String productExternalId, String article, String name, String unitCode,
                       BigDecimal quantity) {
    }
}

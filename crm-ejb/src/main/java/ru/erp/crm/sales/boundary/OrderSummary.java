package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import ru.erp.crm.sales.entity.OrderSource;
import ru.erp.crm.sales.entity.OrderStatus;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.sales.entity.ShipmentStatus;

/** A line of the order list. */
public record OrderSummary(long id, String number, LocalDate date, long customerId, String customerName,
                           OrderStatus status, OrderSource source, BigDecimal total, String currency, boolean paid,
                           ShipmentStatus shipmentStatus, long version) {

    static OrderSummary of(SalesOrder order) {
        return new OrderSummary(order.id(), order.number(), order.date(), order.customer().id(),
                order.customer().name(), order.status(), order.source(), order.total(), order.currency(), order.paid(),
                order.shipmentStatus(), order.version());
    }
}

package ru.erp.crm.sales.boundary;

import java.time.Instant;
import ru.erp.crm.sales.entity.OrderEventKind;
import ru.erp.crm.sales.entity.SalesOrderEvent;

/** One entry of an order's history. */
public record OrderEventView(Instant at, OrderEventKind kind, String actor, String summary) {

    static OrderEventView of(SalesOrderEvent event) {
        return new OrderEventView(event.occurredAt(), event.kind(), event.actor(), event.summary());
    }
}

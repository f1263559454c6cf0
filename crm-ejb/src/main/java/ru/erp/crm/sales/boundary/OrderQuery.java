package ru.erp.crm.sales.boundary;

import ru.erp.crm.sales.entity.OrderStatus;

/** Filters of the order list; null means any. {@code q} is the start of the order number, in any case. */
public record OrderQuery(Long customerId, OrderStatus status, String q) {
}

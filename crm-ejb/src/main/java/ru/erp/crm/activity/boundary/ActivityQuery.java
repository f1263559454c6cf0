package ru.erp.crm.activity.boundary;

import ru.erp.crm.activity.entity.ActivityStatus;

/**
 * Filters of an activity list; null means "any". Without a customer the list is one owner's,
 * the caller's unless {@code ownerId} names another.
 */
public record ActivityQuery(Long customerId, Long ownerId, ActivityStatus status) {
}

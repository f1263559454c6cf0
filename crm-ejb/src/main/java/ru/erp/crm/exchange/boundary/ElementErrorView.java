package ru.erp.crm.exchange.boundary;

import ru.erp.crm.exchange.entity.ElementError;

/** An element of a message that could not be applied: where it is, the sender's id for it, and why. */
public record ElementErrorView(String position, String elementId, String reason) {

    static ElementErrorView of(ElementError error) {
        return new ElementErrorView(error.position(), error.elementId(), error.reason());
    }
}

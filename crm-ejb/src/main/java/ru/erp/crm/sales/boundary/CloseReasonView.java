package ru.erp.crm.sales.boundary;

import ru.erp.crm.sales.entity.CloseReason;
import ru.erp.crm.sales.entity.Outcome;

/** A reason opportunities are won or lost with, in both languages. */
public record CloseReasonView(Long id, String code, String nameRu, String nameEn, Outcome outcome, boolean active) {

    public static CloseReasonView of(CloseReason reason) {
        return new CloseReasonView(reason.id(), reason.code(), reason.nameRu(), reason.nameEn(), reason.outcome(),
                reason.active());
    }
}

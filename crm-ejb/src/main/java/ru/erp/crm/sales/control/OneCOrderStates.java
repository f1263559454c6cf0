package ru.erp.crm.sales.control;

import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.entity.OneCOrderState;

/**
 * What a 1C order document says about the order's state, in the order's terms. A document 1C
 * marked for deletion (ПометкаУдаления) cancels the order, whatever its «Отменен» says.
 */
public final class OneCOrderStates {

    private OneCOrderStates() {
    }

    public static OneCOrderState of(OneCDocument document) {
        OneCDocument.OneCStatus status = document.status() == null ? OneCDocument.OneCStatus.none() : document.status();
        Boolean cancelled = document.deleted() ? Boolean.TRUE : status.cancelled();
        return new OneCOrderState(document.externalId(), document.number(), status.posted(), status.paid(),
                status.paymentDate(), status.paymentNumber(), status.shipmentAllowed(), cancelled, status.finalStatus(),
                status.statusText(), status.shipmentNumber(), status.shipmentDate());
    }
}

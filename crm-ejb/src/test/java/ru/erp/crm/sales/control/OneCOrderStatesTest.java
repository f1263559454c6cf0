package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.boundary.OneCDocument.Kind;
import ru.erp.crm.sales.boundary.OneCDocument.OneCStatus;
import ru.erp.crm.sales.entity.OneCOrderState;

class OneCOrderStatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void everyRequisiteOneCSentReachesTheOrdersState() {
        OneCStatus status = new OneCStatus(true, true, DAY, "ПП-1", true, false, true, "Отгружен", "РТ-5", DAY.plusDays(1));

        assertEquals(new OneCOrderState("id-1", "00012", true, true, DAY, "ПП-1", true, false, true, "Отгружен", "РТ-5",
                DAY.plusDays(1)), OneCOrderStates.of(document(status, false)));
    }

    @Test
    void aDocumentMarkedForDeletionCancelsTheOrder() {
        OneCStatus notCancelled = new OneCStatus(null, null, null, null, null, false, null, null, null, null);

        assertEquals(Boolean.TRUE, OneCOrderStates.of(document(notCancelled, true)).cancelled());
        assertEquals(Boolean.TRUE, OneCOrderStates.of(document(null, true)).cancelled());
        assertEquals(new OneCOrderState("id-1", "00012", null, null, null, null, null, null, null, null, null, null),
                OneCOrderStates.of(document(null, false)), "1C said nothing");
    }

    private static OneCDocument document(OneCStatus status, boolean deleted) {
        return new OneCDocument("id-1", "00012", DAY, null, Kind.ORDER, "Заказ товара", null, null, null, List.of(),
                status, null, deleted, "line 1");
    }
}

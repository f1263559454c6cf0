package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.boundary.OneCDocument.Kind;
import ru.erp.crm.sales.boundary.OneCDocument.Line;
import ru.erp.crm.sales.boundary.OneCDocument.OneCStatus;

class DocumentHashTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final CounterpartyImport BUYER = new CounterpartyImport("b1", "ООО «Ромашка»", null, "7707083893",
            "770701001", null, false, null, null, List.of(), "line 3");
    private static final List<Line> LINES = List.of(new Line("p1", "A", "Коврик", "796", new BigDecimal("100"),
            BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("20")));
    private static final OneCStatus PAID = new OneCStatus(true, true, DAY, "77", null, null, null, "Оплачен", null, null);

    @Test
    void theSameDocumentHasTheSameHashWhereverItStands() {
        assertEquals(DocumentHash.of(document("1", PAID, false, "line 1")), DocumentHash.of(document("1", PAID, false, "line 90")));
        assertEquals(DocumentHash.of(document("1", null, false, "x")),
                DocumentHash.of(document("1", OneCStatus.none(), false, "y")), "no status is the empty status");
    }

    @Test
    void whatOneCSaysChangesTheHash() {
        Set<String> hashes = new HashSet<>(List.of(
                DocumentHash.of(document("1", PAID, false, "p")),
                DocumentHash.of(document("2", PAID, false, "p")),
                DocumentHash.of(document("1", OneCStatus.none(), false, "p")),
                DocumentHash.of(document("1", new OneCStatus(true, false, DAY, "77", null, null, null, "Оплачен", null, null),
                        false, "p")),
                DocumentHash.of(document("1", PAID, true, "p")),
                DocumentHash.of(new OneCDocument("1", "N-1", DAY, LocalTime.NOON, Kind.ORDER, "Заказ товара", "руб",
                        new BigDecimal("100"), null, LINES, PAID, null, false, "p")),
                DocumentHash.of(new OneCDocument("1", "N-1", DAY, LocalTime.NOON, Kind.ORDER, "Заказ товара", "руб",
                        new BigDecimal("100"), BUYER, List.of(), PAID, null, false, "p"))));

        assertEquals(7, hashes.size());
        assertTrue(hashes.stream().allMatch(hash -> hash.matches("[0-9a-f]{64}")));
    }

    private static OneCDocument document(String id, OneCStatus status, boolean deleted, String position) {
        return new OneCDocument(id, "N-1", DAY, LocalTime.NOON, Kind.ORDER, "Заказ товара", "руб", new BigDecimal("100"),
                BUYER, LINES, status, null, deleted, position);
    }
}

package ru.erp.crm.sales.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.sales.boundary.OrderDraft;
import ru.erp.crm.sales.boundary.ProposalDraft;
import ru.erp.crm.sales.boundary.ProposalVersionView;
import ru.erp.crm.sales.boundary.ProposalView;

class ProposalEditorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aCatalogueProductBecomesAProductLinePricedFromItsPriceList() {
        ProposalLineRow row = ProposalLineRow.of(new ProductChoice(7L, "Болт М8", "шт", new BigDecimal("40.00"), new BigDecimal("20")));
        row.setDiscountPercent(new BigDecimal("5"));

        assertEquals(new OrderDraft.Line(7L, null, null, null, BigDecimal.ONE, new BigDecimal("40.00"), new BigDecimal("5"), null),
                row.toLine(), "name, unit and VAT come from the catalogue");
        assertTrue(row.isProduct());
    }

    @Test
    void aFreeLineIsTakenAsTyped() {
        ProposalLineRow row = ProposalLineRow.free();
        row.setName("Доставка");
        row.setUnitName("усл");
        row.setPrice(new BigDecimal("500"));

        assertEquals(new OrderDraft.Line(null, "Доставка", null, "усл", BigDecimal.ONE, new BigDecimal("500"), null, null),
                row.toLine());
        assertFalse(row.isProduct());
    }

    @Test
    void anOpenedProposalIsSavedBackWithItsHeaderAndLines() {
        ProposalEditor editor = new ProposalEditor();
        editor.fill(view("DRAFT"));
        editor.getLines().get(0).setQuantity(new BigDecimal("4"));
        editor.setHeaderDiscount(new BigDecimal("3"));

        ProposalDraft draft = editor.draft();

        assertEquals(5L, draft.customerId());
        assertEquals(9L, draft.contactPersonId());
        assertEquals(77L, draft.opportunityId());
        assertEquals(TODAY, draft.date());
        assertEquals(new BigDecimal("3"), draft.headerDiscountPercent());
        assertEquals(List.of(new OrderDraft.Line(7L, null, null, null, new BigDecimal("4"), new BigDecimal("40.00"), null, null)),
                draft.lines());
        assertTrue(editor.isEditable());
        assertTrue(editor.isSendable());
    }

    @Test
    void whatThePageOffersFollowsTheStatus() {
        ProposalEditor editor = new ProposalEditor();
        editor.fill(view("PENDING_APPROVAL"));
        assertTrue(editor.isPending());
        assertFalse(editor.isEditable());
        assertFalse(editor.isSendable());

        editor.fill(view("ACCEPTED"));
        assertFalse(editor.isOpen());
        assertNull(editor.getHeaderDiscount(), "no discount on the whole shows as an empty field");
    }

    private static ProposalView view(String status) {
        ProposalVersionView.Line line = new ProposalVersionView.Line(1, 7L, "ART-8", "Болт М8", "796", "шт",
                new BigDecimal("3"), new BigDecimal("40.00"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                new BigDecimal("120.00"), new BigDecimal("20.00"), new BigDecimal("20.00"));
        ProposalVersionView current = new ProposalVersionView(1, new BigDecimal("0.00"), new BigDecimal("120.00"),
                new BigDecimal("0.00"), new BigDecimal("120.00"), new BigDecimal("20.00"), new BigDecimal("0.00"), "manager",
                Instant.now(), null, null, null, null, List.of(line));
        return new ProposalView(50L, "КП-000050", TODAY, 5L, "ООО «Ромашка»", 9L, "Анна Иванова", 77L, 1L, "Иван Петров",
                1L, "Иван Петров", null, null, TODAY.plusDays(30), status, null, null, null, false, List.of(1), current, 0);
    }
}

package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.catalog.entity.ProductDetails;
import ru.erp.crm.sales.boundary.OneCDocument.Line;
import ru.erp.crm.sales.entity.OrderLineTerms;

class OneCOrderLinesTest {

    private static final Product CABLE = new Product("cable", new ProductDetails("ВВГ-3", "Кабель ВВГнг", null, "006", "м",
            new BigDecimal("20"), "20%", null, List.of(), List.of()), null, null, Instant.EPOCH);

    @Test
    void aKnownProductFillsInWhatOneCLeftOutAndOneCsAmountStands() {
        List<OrderLineTerms> terms = OneCOrderLines.terms(List.of(
                new Line("cable", null, null, null, new BigDecimal("95.50"), new BigDecimal("10"), new BigDecimal("950.00"),
                        new BigDecimal("20")),
                new Line("unknown", "A-1", "Доставка", "796", null, new BigDecimal("3"), new BigDecimal("100.00"), null)),
                Map.of("cable", CABLE));

        assertEquals(new OrderLineTerms(null, "cable", "ВВГ-3", "Кабель ВВГнг", "006", "м", new BigDecimal("10"),
                new BigDecimal("95.50"), null, new BigDecimal("20"), new BigDecimal("950.00")), terms.get(0),
                "the product's id is the catalogue's, unknown before it is saved");
        assertEquals(new OrderLineTerms(null, "unknown", "A-1", "Доставка", "796", null, new BigDecimal("3"),
                new BigDecimal("33.33"), null, null, new BigDecimal("100.00")), terms.get(1), "the price from the amount");
    }

    @Test
    void aLineThatCannotBeAnOrderLineRefusesTheDocumentNamingIt() {
        assertEquals("an order without lines (Товары)", refusal(List.of()));
        assertEquals("line 2: no quantity (Количество)", refusal(List.of(line("A", "1", "1"), line("B", null, "1"))));
        assertEquals("line 1: neither a price (ЦенаЗаЕдиницу) nor an amount (Сумма)",
                refusal(List.of(new Line(null, null, "A", null, null, BigDecimal.ONE, null, null))));
        assertEquals("line 1: no name (Наименование) and no known product", refusal(List.of(line(null, "1", "1"))));
        assertEquals("line 1: quantity must be above zero with at most 4 decimals: -1",
                refusal(List.of(line("A", "-1", "1"))));
    }

    private static Line line(String name, String quantity, String price) {
        return new Line(null, null, name, null, new BigDecimal(price), quantity == null ? null : new BigDecimal(quantity),
                null, null);
    }

    private static String refusal(List<Line> lines) {
        return assertThrows(DocumentRefused.class, () -> OneCOrderLines.terms(lines, Map.of())).getMessage();
    }
}

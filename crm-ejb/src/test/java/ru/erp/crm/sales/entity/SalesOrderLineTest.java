package ru.erp.crm.sales.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SalesOrderLineTest {

    @Test
    void aLineTakesItsTermsAndComputesAmountAndVat() {
        SalesOrderLine line = new SalesOrderLine(null, 1, OrderLineTerms.priced(7L, "p1", "ART", " Болт М8 ", "796", "шт",
                qty("3"), money("40.00"), new BigDecimal("5"), new BigDecimal("20")));

        assertEquals("Болт М8", line.name());
        assertEquals(new BigDecimal("114.00"), line.amount());
        assertEquals(new BigDecimal("19.00"), line.vatAmount());
        assertEquals(new BigDecimal("3.0000"), line.quantity());
        assertEquals(new BigDecimal("5.00"), line.discountPercent());
        assertEquals("1. Болт М8 #7 × 3 @ 40.00 −5% = 114.00 НДС 20% 19.00", line.toString());
    }

    @Test
    void anAmountOneCStatedIsKeptAndItsVatExtracted() {
        SalesOrderLine line = new SalesOrderLine(null, 1, new OrderLineTerms(null, "p1", null, "Коврик", null, null,
                qty("3"), money("33.33"), null, new BigDecimal("20"), money("99.98")));

        assertEquals(new BigDecimal("99.98"), line.amount());
        assertEquals(new BigDecimal("16.66"), line.vatAmount());
    }

    @Test
    void termsRefuseWhatALineCannotStore() {
        assertThrows(IllegalArgumentException.class, () -> free(" ", "1", "1"));
        assertThrows(IllegalArgumentException.class, () -> free("x", "0", "1"));
        assertThrows(IllegalArgumentException.class, () -> free("x", "1.00001", "1"));
        assertThrows(IllegalArgumentException.class, () -> free("x", null, "1"));
        assertThrows(IllegalArgumentException.class, () -> free("x", "1", "-1"));
        assertThrows(IllegalArgumentException.class, () -> free("x", "1", "1.001"));
        assertThrows(IllegalArgumentException.class, () -> free("x".repeat(501), "1", "1"));
        assertThrows(IllegalArgumentException.class, () -> OrderLineTerms.priced(null, null, null, "x", null, null,
                qty("1"), money("1"), new BigDecimal("100.01"), null));
        assertThrows(IllegalArgumentException.class, () -> OrderLineTerms.priced(null, null, null, "x", null, null,
                qty("1"), money("1"), null, new BigDecimal("100")));
        assertEquals(new BigDecimal("1.00000"), free("x", "1.00000", "0").quantity());
    }

    private static OrderLineTerms free(String name, String quantity, String price) {
        return OrderLineTerms.priced(null, null, null, name, null, null, quantity == null ? null : qty(quantity),
                money(price), null, null);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }
}

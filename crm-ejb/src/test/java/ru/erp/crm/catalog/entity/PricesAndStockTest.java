package ru.erp.crm.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricesAndStockTest {

    private final PriceType retail = new PriceType("retail", "Розничная", "RUB", "h");
    private final Warehouse main = new Warehouse("w1", "Главный", "h");
    private final Warehouse spare = new Warehouse("w2", "Запасной", "h");

    @Test
    void aPriceIsKeptToTheKopeckInItsTypesCurrencyUnlessItHasItsOwn() {
        PriceQuote quote = new PriceQuote(retail, new BigDecimal("12.345"), null, " шт ");
        assertEquals(new BigDecimal("12.35"), quote.unitPrice());
        assertEquals("RUB", quote.currency());
        assertEquals("шт", quote.unit());
        assertEquals("USD", new PriceQuote(retail, BigDecimal.ONE, "USD", null).currency());
    }

    @Test
    void aPriceMustBeGivenNotNegativeAndFitItsColumn() {
        assertThrows(InvalidCatalogDataException.class, () -> new PriceQuote(retail, null, null, null));
        assertThrows(InvalidCatalogDataException.class, () -> new PriceQuote(retail, new BigDecimal("-0.01"), null, null));
        assertThrows(InvalidCatalogDataException.class, () -> new PriceQuote(retail, new BigDecimal("1E16"), null, null));
    }

    @Test
    void aPriceListHasOnePricePerType() {
        InvalidCatalogDataException refused = assertThrows(InvalidCatalogDataException.class, () -> new PriceList(List.of(
                new PriceQuote(retail, BigDecimal.ONE, null, null), new PriceQuote(retail, BigDecimal.TEN, null, null))));
        assertEquals("two prices of type retail", refused.getMessage());
    }

    @Test
    void aWarehouseNamedTwiceCountsWithTheSumAndTheTotalIsTheSumUnlessGiven() {
        StockReport report = new StockReport(List.of(new StockQuantity(main, new BigDecimal("2")),
                new StockQuantity(spare, new BigDecimal("1.5")), new StockQuantity(main, new BigDecimal("3"))), null);
        assertEquals(2, report.quantities().size());
        assertEquals(new BigDecimal("5.000"), report.quantities().get(0).quantity());
        assertEquals(new BigDecimal("6.500"), report.total());
        assertEquals(new BigDecimal("9.000"),
                new StockReport(List.of(new StockQuantity(main, BigDecimal.ONE)), new BigDecimal("9")).total());
    }

    @Test
    void stockMayBeNegativeButMustBeGivenAndFitItsColumn() {
        assertEquals(new BigDecimal("-2.000"), new StockQuantity(main, new BigDecimal("-2")).quantity());
        assertThrows(InvalidCatalogDataException.class, () -> new StockQuantity(main, null));
        assertThrows(InvalidCatalogDataException.class, () -> new StockQuantity(main, new BigDecimal("1E15")));
        assertThrows(IllegalArgumentException.class, () -> new StockReport(null, null));
        assertNull(new StockReport(null, BigDecimal.ONE).quantities());
    }
}

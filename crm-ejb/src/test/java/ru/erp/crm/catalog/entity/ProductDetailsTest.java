package ru.erp.crm.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductDetailsTest {

    private static ProductDetails details(String article, String name, BigDecimal vatRate, String barcode) {
        return new ProductDetails(article, name, null, null, null, vatRate, null, barcode, null, null);
    }

    @Test
    void textsAreTrimmedAndBlankMeansAbsent() {
        ProductDetails details = new ProductDetails("  ", " Коврик ", " \n ", "796 ", " ", null, "", null, null, null);
        assertNull(details.article());
        assertEquals("Коврик", details.name());
        assertNull(details.description());
        assertEquals("796", details.unitCode());
        assertNull(details.unitName());
        assertNull(details.vatLabel());
        assertEquals(List.of(), details.propertyValues());
        assertEquals(List.of(), details.requisites());
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedNotCut() {
        InvalidCatalogDataException refused = assertThrows(InvalidCatalogDataException.class,
                () -> details("A".repeat(101), "Коврик", null, null));
        assertEquals("article (Артикул) is longer than 100 characters", refused.getMessage());
        assertThrows(InvalidCatalogDataException.class, () -> details(null, "К".repeat(501), null, null));
        assertThrows(InvalidCatalogDataException.class, () -> details(null, "Коврик", null, "4".repeat(201)));
    }

    @Test
    void theVatRateIsBetweenZeroAndAHundred() {
        assertEquals(new BigDecimal("0.00"), details(null, "Коврик", BigDecimal.ZERO, null).vatRate());
        assertEquals(new BigDecimal("18.00"), details(null, "Коврик", new BigDecimal("18"), null).vatRate());
        assertThrows(InvalidCatalogDataException.class, () -> details(null, "Коврик", new BigDecimal("-1"), null));
        assertThrows(InvalidCatalogDataException.class, () -> details(null, "Коврик", new BigDecimal("120"), null));
    }

    @Test
    void propertyValuesAndRequisitesHaveTheirOwnRules() {
        assertThrows(InvalidCatalogDataException.class, () -> new ProductPropertyValue(" ", "red"));
        assertThrows(InvalidCatalogDataException.class, () -> new ProductPropertyValue("color", "x".repeat(1001)));
        assertNull(new ProductPropertyValue("color", " ").value());
        assertThrows(InvalidCatalogDataException.class, () -> new ProductRequisite(null, "Товар"));
        assertEquals(new ProductRequisite("Вес", "1,4"), new ProductRequisite(" Вес ", "1,4 "));
    }
}

package ru.erp.crm.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogReferenceDataTest {

    @Test
    void aWarehouseKnownOnlyFromStockIsCalledByItsIdUntilItsDefinitionArrives() {
        Warehouse warehouse = Warehouse.namedAfterId("6abdb0b5");
        assertEquals("6abdb0b5", warehouse.name());
        assertFalse(warehouse.hasContent("definition"));
        warehouse.describe("Главный склад", "definition");
        assertEquals("Главный склад", warehouse.name());
        assertTrue(warehouse.hasContent("definition"));
    }

    @Test
    void aPriceTypeNeedsANameAndARefusalChangesNothing() {
        PriceType priceType = new PriceType("retail", "Розничная", "RUB", "h1");
        assertThrows(InvalidCatalogDataException.class, () -> priceType.describe(" ", "USD", "h2"));
        assertEquals("Розничная", priceType.name());
        assertEquals("RUB", priceType.currency());
        assertTrue(priceType.hasContent("h1"));
        assertThrows(InvalidCatalogDataException.class, () -> new PriceType(null, "Розничная", null, "h"));
    }

    @Test
    void aGroupNeedsANameAndCannotBeItsOwnParent() {
        ProductGroup group = new ProductGroup("g1", "Ковры", null, "h1");
        assertThrows(InvalidCatalogDataException.class, () -> group.describe(null, null, "h2"));
        InvalidCatalogDataException refused = assertThrows(InvalidCatalogDataException.class,
                () -> group.describe("Ковры", group, "h2"));
        assertEquals("group g1 names itself as its parent", refused.getMessage());
        assertEquals("Ковры", group.name());
        assertTrue(group.hasContent("h1"));
        assertNull(group.parentId());
    }

    @Test
    void aGroupIsDeactivatedNotDeletedAndRemembersWhoMentionedIt() {
        ProductGroup group = new ProductGroup("g1", "Ковры", null, "h");
        group.deactivate();
        assertFalse(group.active());
        group.activate();
        assertTrue(group.active());
        group.markSeen("1c-site", 7);
        assertEquals("1c-site", group.channel());
        assertEquals(7L, group.lastMessageId());
    }

    @Test
    void aPropertyListsEachChoiceOnce() {
        ProductProperty property = new ProductProperty("color", "Цвет", "Справочник",
                List.of(new PropertyChoice("red", "Красный")), "h1");
        InvalidCatalogDataException refused = assertThrows(InvalidCatalogDataException.class, () -> property.describe(
                "Цвет", "Справочник", List.of(new PropertyChoice("red", "Красный"), new PropertyChoice("red", "Алый")), "h2"));
        assertEquals("property color lists choice red twice", refused.getMessage());
        assertEquals(List.of(new PropertyChoice("red", "Красный")), property.choices());

        property.describe("Цвет", "Справочник", List.of(new PropertyChoice("blue", "Синий")), "h3");
        assertEquals(List.of(new PropertyChoice("blue", "Синий")), property.choices());
        assertTrue(property.hasContent("h3"));
    }
}

package ru.erp.crm.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Group;
import ru.erp.crm.catalog.boundary.CatalogElement.Offer;
import ru.erp.crm.catalog.boundary.CatalogElement.PriceType;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;
import ru.erp.crm.catalog.boundary.CatalogElement.Unreadable;
import ru.erp.crm.catalog.boundary.CatalogElement.Warehouse;

class ApplicationOrderTest {

    @Test
    void aBatchIsAppliedKindByKindKeepingTheOrderWithinAKind() {
        List<CatalogElement> batch = List.of(
                offer("p1"), product("p1"), new Unreadable("x", "bad", "1"), group("g1", null), product("p2"),
                new Warehouse("w1", "Склад", "1"), new PriceType("retail", "Розничная", "RUB", "1"), offer("p2"));
        assertEquals(List.of(6, 5, 3, 1, 4, 0, 7, 2), ApplicationOrder.of(batch));
    }

    @Test
    void groupsComeAfterTheirParentsWhateverOrderTheyWereReadIn() {
        List<CatalogElement> batch = List.of(
                group("leaf", "middle"), group("middle", "root"), group("other", null), group("root", null));
        assertEquals(List.of(3, 1, 0, 2), ApplicationOrder.of(batch));
    }

    @Test
    void groupsThatNameEachOtherAsParentsAreAllStillApplied() {
        List<CatalogElement> batch = List.of(group("a", "b"), group("b", "a"), group("self", "self"));
        assertEquals(List.of(1, 0, 2), ApplicationOrder.of(batch));
    }

    private static Group group(String id, String parent) {
        return new Group(id, parent, "Группа " + id, false, id);
    }

    private static Product product(String id) {
        return new Product(id, null, "Товар " + id, null, List.of(), null, null, null, null, null, false, List.of(),
                List.of(), id);
    }

    private static Offer offer(String id) {
        return new Offer(id, null, null, null, null, BigDecimal.ONE, id);
    }
}

package ru.erp.crm.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;

class CatalogBatchTest {

    @Test
    void aProductKeepsTheFirstGroupItNames() {
        assertEquals("g2", CatalogBatch.groupOf(product(List.of(" ", " g2 ", "g3"))));
        assertNull(CatalogBatch.groupOf(product(List.of())));
    }

    private static Product product(List<String> groups) {
        return new Product("p1", null, "Коврик", null, groups, null, null, null, null, null, false, List.of(), List.of(), "1");
    }
}

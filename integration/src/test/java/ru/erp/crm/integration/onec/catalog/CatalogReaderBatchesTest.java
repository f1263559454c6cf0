package ru.erp.crm.integration.onec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.integration.onec.commerceml.Batches;
import ru.erp.crm.integration.onec.commerceml.Samples;

class CatalogReaderBatchesTest {

    @Test
    void cutsARealOffersFileIntoBatchesInDocumentOrder() throws IOException {
        List<List<CatalogElement>> batches = new ArrayList<>();
        try (CatalogReader reader = new CatalogReader(Files.newInputStream(
                Samples.commerceml("2.07/bsp-obmen-s-saitom/offers0_1.xml")))) {
            new Batches<CatalogElement>(reader, 10).forEachRemaining(batches::add);
        }

        // 1 price type, 3 warehouses, 44 offers
        assertEquals(List.of(10, 10, 10, 10, 8), batches.stream().map(List::size).toList());
        assertEquals("279b6812-740b-11e8-80c8-0cc47ab29cd1", batches.get(0).get(0).externalId());
    }
}

package ru.erp.crm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Offer;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;
import ru.erp.crm.integration.onec.catalog.CatalogReader;

/** The synthetic catalogue is what the product's own reader understands, in both encodings. */
class SyntheticCatalogueTest {

    private static final int PRODUCTS = 1_500;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "UTF-8"})
    void theProductsReaderReadsEveryProductWithItsFields(String encoding) throws IOException {
        Path file = dir.resolve("import.xml");
        SyntheticCatalogue.writeImport(file, PRODUCTS, Charset.forName(encoding));

        List<CatalogElement> elements = new ArrayList<>();
        Boolean onlyChanges;
        try (InputStream in = Files.newInputStream(file); CatalogReader reader = new CatalogReader(in)) {
            reader.forEachRemaining(elements::add);
            onlyChanges = reader.containsOnlyChanges();
        }

        assertEquals(Boolean.FALSE, onlyChanges, "a full unload");
        assertEquals(9, elements.stream().filter(CatalogElement.Group.class::isInstance).count());
        assertEquals(1, elements.stream().filter(CatalogElement.PriceType.class::isInstance).count());
        assertEquals(2, elements.stream().filter(CatalogElement.Warehouse.class::isInstance).count());
        List<Product> products = elements.stream().filter(Product.class::isInstance).map(Product.class::cast).toList();
        assertEquals(PRODUCTS, products.size());
        assertEquals(PRODUCTS, products.stream().map(Product::externalId).distinct().count(), "unique Ид");
        Product last = products.get(PRODUCTS - 1);
        assertEquals(SyntheticCatalogue.productId(PRODUCTS - 1), last.externalId());
        assertEquals(SyntheticCatalogue.article(PRODUCTS - 1), last.article());
        assertEquals(SyntheticCatalogue.name(PRODUCTS - 1), last.name());
        assertEquals("796", last.unitCode().strip());
        assertEquals(0, new BigDecimal("20").compareTo(last.vatRate()));
        assertEquals(1, last.groupExternalIds().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "UTF-8"})
    void theOffersCarryThePriceAndTheStockAtBothWarehouses(String encoding) throws IOException {
        Path file = dir.resolve("offers.xml");
        SyntheticCatalogue.writeOffers(file, PRODUCTS, Charset.forName(encoding));

        List<Offer> offers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); CatalogReader reader = new CatalogReader(in)) {
            reader.forEachRemaining(e -> {
                if (!(e instanceof CatalogElement.PriceType) && !(e instanceof CatalogElement.Warehouse)) {
                    offers.add(assertInstanceOf(Offer.class, e));
                }
            });
        }

        assertEquals(PRODUCTS, offers.size());
        long i = 777;
        Offer offer = offers.get((int) i);
        assertEquals(SyntheticCatalogue.productId(i), offer.externalId());
        assertEquals(1, offer.prices().size());
        assertEquals(SyntheticCatalogue.PRICE_TYPE, offer.prices().get(0).priceTypeExternalId());
        assertEquals(0, SyntheticCatalogue.price(i).compareTo(offer.prices().get(0).unitPrice()));
        assertEquals(2, offer.stock().size());
        for (int w = 0; w < 2; w++) {
            assertEquals(SyntheticCatalogue.WAREHOUSES.get(w), offer.stock().get(w).warehouseExternalId());
            assertEquals(0, SyntheticCatalogue.stock(i, w).compareTo(offer.stock().get(w).quantity()));
        }
    }
}

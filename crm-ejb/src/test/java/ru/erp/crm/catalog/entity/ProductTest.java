package ru.erp.crm.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-24T10:00:00Z");

    private final ProductGroup mats = new ProductGroup("g-mats", "Коврики", null, "h");
    private final PriceType retail = new PriceType("retail", "Розничная", "RUB", "h");
    private final PriceType bulk = new PriceType("bulk", "Оптовая", "RUB", "h");
    private final Warehouse main = new Warehouse("w1", "Главный", "h");
    private final Warehouse spare = new Warehouse("w2", "Запасной", "h");

    private static ProductDetails details(String article, String name) {
        return new ProductDetails(article, name, "Описание", "796 ", "Штука", new BigDecimal("20"), "20%", "4600000000001",
                List.of(new ProductPropertyValue("color", "red")), List.of(new ProductRequisite("Вид номенклатуры", "Товар")));
    }

    private Product mat() {
        return new Product("p1", details("PM-421", "Коврик «Портативный»"), mats, "content-1", CREATED);
    }

    /** A product as the database gave it its id (variants refer to their product by id). */
    private static Product stored(Product product, long id) {
        try {
            Field field = Product.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(product, id);
            return product;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewProductTakesItsDescriptionAndIsActive() {
        Product product = mat();
        assertEquals("p1", product.externalId());
        assertEquals("Коврик «Портативный»", product.name());
        assertEquals("КОВРИК ПОРТАТИВНЫЙ", product.searchName());
        assertEquals("796", product.unitCode());
        assertEquals(new BigDecimal("20.00"), product.vatRate());
        assertSame(mats, product.group().orElseThrow());
        assertEquals(List.of(new ProductPropertyValue("color", "red")), product.propertyValues());
        assertEquals(List.of(new ProductRequisite("Вид номенклатуры", "Товар")), product.requisites());
        assertTrue(product.active());
        assertFalse(product.isVariant());
        assertTrue(product.hasContent("content-1"));
        assertEquals(CREATED, product.createdAt());
    }

    @Test
    void aNewProductNeedsAName() {
        InvalidCatalogDataException refused = assertThrows(InvalidCatalogDataException.class,
                () -> new Product("p1", details("PM-421", " "), mats, "h", CREATED));
        assertEquals("missing name (Наименование) for a new product", refused.getMessage());
    }

    @Test
    void nameAndArticleAreBothSearchKeys() {
        assertEquals(Set.of("КОВРИК ПОРТАТИВНЫЙ", "PM-421"), mat().searchKeys());
        Product withoutArticle = new Product("p2", details(null, "Мат"), null, "h", CREATED);
        assertEquals(Set.of("МАТ"), withoutArticle.searchKeys());
    }

    @Test
    void describingAgainKeepsTheNameWhenNoneIsGivenAndUpdatesTheRest() {
        Product product = mat();
        product.describe(new ProductDetails("PM-422", null, null, null, null, null, "Без НДС", null, List.of(), List.of()),
                null, "content-2", LATER);
        assertEquals("Коврик «Портативный»", product.name());
        assertEquals("PM-422", product.article());
        assertNull(product.vatRate());
        assertEquals("Без НДС", product.vatLabel());
        assertTrue(product.group().isEmpty());
        assertEquals(List.of(), product.propertyValues());
        assertEquals(Set.of("КОВРИК ПОРТАТИВНЫЙ", "PM-422"), product.searchKeys());
        assertTrue(product.hasContent("content-2"));
        assertFalse(product.hasContent("content-1"));
        assertEquals(LATER, product.updatedAt());
    }

    @Test
    void aVariantTakesItsProductsGroupUnitAndVatAndItsOwnName() {
        Product product = stored(mat(), 7);
        Product variant = Product.variantOf(product, "p1#red", "Коврик красный", "PM-421-R", "offer-1", LATER);
        assertTrue(variant.isVariant());
        assertEquals(7L, variant.parentId().orElseThrow());
        assertEquals("p1#red", variant.externalId());
        assertEquals("Коврик красный", variant.name());
        assertEquals("PM-421-R", variant.article());
        assertSame(mats, variant.group().orElseThrow());
        assertEquals("796", variant.unitCode());
        assertEquals(new BigDecimal("20.00"), variant.vatRate());
        assertEquals(Set.of("КОВРИК КРАСНЫЙ", "PM-421-R"), variant.searchKeys());
        assertTrue(variant.hasContent("offer-1"));
    }

    @Test
    void aVariantWithoutANameIsNamedLikeItsProductUntilAnOfferNamesIt() {
        Product variant = Product.variantOf(stored(mat(), 7), "p1#red", null, null, "offer-1", LATER);
        assertEquals("Коврик «Портативный»", variant.name());
        assertEquals("PM-421", variant.article());
        variant.describeVariant("Коврик красный", null, "offer-2", LATER);
        assertEquals("Коврик красный", variant.name());
        assertEquals("PM-421", variant.article());
    }

    @Test
    void aVariantOfAVariantIsRefused() {
        Product variant = stored(Product.variantOf(stored(mat(), 7), "p1#red", "Коврик красный", null, "h", LATER), 8);
        assertThrows(InvalidCatalogDataException.class, () -> Product.variantOf(variant, "p1#red#big", "?", null, "h", LATER));
    }

    @Test
    void aVariantNeedsAStoredProduct() {
        assertThrows(IllegalStateException.class, () -> Product.variantOf(mat(), "p1#red", "Коврик красный", null, "h", LATER));
    }

    @Test
    void pricesAreReplacedByTypeAndUpdatedInPlace() {
        Product product = mat();
        product.applyPrices(new PriceList(List.of(new PriceQuote(retail, new BigDecimal("100"), null, "шт"),
                new PriceQuote(bulk, new BigDecimal("90"), null, "шт"))), "prices-1", LATER);
        ProductPrice retailPrice = product.prices().get(0);

        product.applyPrices(new PriceList(List.of(new PriceQuote(retail, new BigDecimal("105.5"), "RUB", "шт"))),
                "prices-2", LATER);

        assertEquals(1, product.prices().size());
        assertSame(retailPrice, product.prices().get(0), "the row of a price type stays");
        assertEquals(new BigDecimal("105.50"), retailPrice.unitPrice());
        assertTrue(product.hasPrices("prices-2"));
    }

    @Test
    void stockPerWarehouseIsReplacedAndTotalledUnlessATotalIsGiven() {
        Product product = mat();
        product.applyStock(new StockReport(List.of(new StockQuantity(main, new BigDecimal("5")),
                new StockQuantity(spare, new BigDecimal("2"))), null), "stock-1", LATER);
        assertEquals(new BigDecimal("7.000"), product.totalQuantity());
        StockLevel atMain = product.stock().get(0);

        product.applyStock(new StockReport(List.of(new StockQuantity(main, new BigDecimal("3"))), new BigDecimal("4")),
                "stock-2", LATER);

        assertEquals(1, product.stock().size());
        assertSame(atMain, product.stock().get(0), "the row of a warehouse stays");
        assertEquals(new BigDecimal("3.000"), atMain.quantity());
        assertEquals(new BigDecimal("4.000"), product.totalQuantity());
        assertTrue(product.hasStock("stock-2"));
    }

    @Test
    void aTotalAloneLeavesTheStockPerWarehouse() {
        Product product = mat();
        product.applyStock(new StockReport(List.of(new StockQuantity(main, BigDecimal.TEN)), null), "stock-1", LATER);
        product.applyStock(new StockReport(null, new BigDecimal("12")), "stock-2", LATER);
        assertEquals(1, product.stock().size());
        assertEquals(new BigDecimal("12.000"), product.totalQuantity());
    }

    @Test
    void deactivatingAndActivatingSayWhetherTheStateChanged() {
        Product product = mat();
        assertTrue(product.deactivate(LATER));
        assertFalse(product.active());
        assertFalse(product.deactivate(LATER));
        assertTrue(product.activate(LATER));
        assertFalse(product.activate(LATER));
        assertTrue(product.active());
    }

    @Test
    void beingSeenRecordsTheChannelAndMessage() {
        Product product = mat();
        product.markSeen("1c-site", 42);
        assertEquals("1c-site", product.channel());
        assertEquals(42L, product.lastMessageId());
    }
}

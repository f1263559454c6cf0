package ru.erp.crm.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.boundary.CatalogElement.Group;
import ru.erp.crm.catalog.boundary.CatalogElement.Offer;
import ru.erp.crm.catalog.boundary.CatalogElement.Price;
import ru.erp.crm.catalog.boundary.CatalogElement.PriceType;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;
import ru.erp.crm.catalog.boundary.CatalogElement.Property;
import ru.erp.crm.catalog.boundary.CatalogElement.PropertyChoice;
import ru.erp.crm.catalog.boundary.CatalogElement.PropertyValue;
import ru.erp.crm.catalog.boundary.CatalogElement.Requisite;
import ru.erp.crm.catalog.boundary.CatalogElement.Stock;
import ru.erp.crm.catalog.boundary.CatalogElement.Unreadable;
import ru.erp.crm.catalog.boundary.CatalogElement.Warehouse;

class ContentHashTest {

    private static final Product PRODUCT = new Product("p1", "ART-1", "Коврик", "Описание", List.of("g1", "g2"), "796",
            "Штука", new BigDecimal("20"), "20%", "4600000000001", false,
            List.of(new PropertyValue("color", "red"), new PropertyValue("weight", "1,4")),
            List.of(new Requisite("Вид номенклатуры", "Товар")), "line 10: /Товар[1]");

    private static final Offer OFFER = new Offer("p1#c1", "Коврик красный", "ART-1-R",
            List.of(new Price("retail", new BigDecimal("100"), "RUB", "шт"), new Price("bulk", new BigDecimal("90"), "RUB", "шт")),
            List.of(new Stock("w1", new BigDecimal("5")), new Stock("w2", BigDecimal.ONE)), new BigDecimal("6"),
            "line 20: /Предложение[1]");

    @Test
    void theSameElementHasTheSameHashWhereverItStands() {
        Product elsewhere = new Product("p1", "ART-1", "Коврик", "Описание", List.of("g1", "g2"), "796", "Штука",
                new BigDecimal("20"), "20%", "4600000000001", false,
                List.of(new PropertyValue("color", "red"), new PropertyValue("weight", "1,4")),
                List.of(new Requisite("Вид номенклатуры", "Товар")), "line 999: /Товар[77]");
        assertEquals(ContentHash.of(PRODUCT), ContentHash.of(elsewhere));
        Offer offerElsewhere = new Offer(OFFER.externalId(), OFFER.name(), OFFER.article(), OFFER.prices(), OFFER.stock(),
                OFFER.totalQuantity(), "another file");
        assertEquals(ContentHash.offerDescription(OFFER), ContentHash.offerDescription(offerElsewhere));
        assertEquals(ContentHash.offerPrices(OFFER), ContentHash.offerPrices(offerElsewhere));
        assertEquals(ContentHash.offerStock(OFFER), ContentHash.offerStock(offerElsewhere));
    }

    @Test
    void hashesStoredByEarlierReleasesStayValid() {
        assertEquals("7c2de8df68502b7b5825eb74a6c2ff531afa2214d110a8dd0966dc37129c3fe9", ContentHash.of(PRODUCT));
        assertEquals("c7a0ab89bf20b85fc7e6d918ae66985ebcc70d94711e8c8dbd15a16b8ec4e5ca",
                ContentHash.of(new Group("g1", null, "Ковры", true, "x")));
    }

    @Test
    void theHashIsAHexSha256() {
        assertTrue(ContentHash.of(PRODUCT).matches("[0-9a-f]{64}"));
    }

    @Test
    void everyFieldOfAProductChangesItsHash() {
        List<Product> changed = List.of(
                product(p -> new Product("p2", p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), "ART-2", p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), null, p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), "Коврик большой", p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), "Другое", p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), List.of("g2", "g1"), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), List.of("g1"), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), "166", p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), "Килограмм", p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), new BigDecimal("10"), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), null, p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), "Без НДС", p.barcode(), p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), "4600000000002", p.deleted(), p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), true, p.propertyValues(), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), List.of(new PropertyValue("color", "blue"), new PropertyValue("weight", "1,4")), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), List.of(new PropertyValue("colour", "red"), new PropertyValue("weight", "1,4")), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), List.of(new PropertyValue("color", "red")), p.requisites(), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), List.of(new Requisite("Вид номенклатуры", "Услуга")), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), List.of(new Requisite("Тип номенклатуры", "Товар")), p.position())),
                product(p -> new Product(p.externalId(), p.article(), p.name(), p.description(), p.groupExternalIds(), p.unitCode(), p.unitName(), p.vatRate(), p.vatLabel(), p.barcode(), p.deleted(), p.propertyValues(), List.of(), p.position())));
        assertAllDifferent(ContentHash.of(PRODUCT), changed.stream().map(ContentHash::of).toList());
    }

    @Test
    void everyFieldOfTheOtherElementsChangesTheirHash() {
        Group group = new Group("g1", "root", "Ковры", false, "1");
        assertAllDifferent(ContentHash.of(group), List.of(
                ContentHash.of(new Group("g2", "root", "Ковры", false, "1")),
                ContentHash.of(new Group("g1", null, "Ковры", false, "1")),
                ContentHash.of(new Group("g1", "root", "Коврики", false, "1")),
                ContentHash.of(new Group("g1", "root", "Ковры", true, "1"))));
        Property property = new Property("color", "Цвет", "Справочник", List.of(new PropertyChoice("red", "Красный")), "1");
        assertAllDifferent(ContentHash.of(property), List.of(
                ContentHash.of(new Property("colour", "Цвет", "Справочник", property.choices(), "1")),
                ContentHash.of(new Property("color", "Цвет товара", "Справочник", property.choices(), "1")),
                ContentHash.of(new Property("color", "Цвет", "Строка", property.choices(), "1")),
                ContentHash.of(new Property("color", "Цвет", "Справочник", List.of(new PropertyChoice("red", "Алый")), "1")),
                ContentHash.of(new Property("color", "Цвет", "Справочник", List.of(new PropertyChoice("crimson", "Красный")), "1")),
                ContentHash.of(new Property("color", "Цвет", "Справочник", List.of(), "1"))));
        PriceType priceType = new PriceType("retail", "Розничная", "RUB", "1");
        assertAllDifferent(ContentHash.of(priceType), List.of(
                ContentHash.of(new PriceType("bulk", "Розничная", "RUB", "1")),
                ContentHash.of(new PriceType("retail", "Оптовая", "RUB", "1")),
                ContentHash.of(new PriceType("retail", "Розничная", "643", "1"))));
        Warehouse warehouse = new Warehouse("w1", "Главный", "1");
        assertAllDifferent(ContentHash.of(warehouse), List.of(
                ContentHash.of(new Warehouse("w2", "Главный", "1")),
                ContentHash.of(new Warehouse("w1", "Запасной", "1")),
                ContentHash.of(new Warehouse("w1", null, "1"))));
    }

    @Test
    void everyFieldOfAnOfferChangesTheHashOfItsPart() {
        assertAllDifferent(ContentHash.offerDescription(OFFER), List.of(
                ContentHash.offerDescription(offer(OFFER.externalId() + "x", OFFER.name(), OFFER.article(), OFFER.prices(), OFFER.stock(), OFFER.totalQuantity())),
                ContentHash.offerDescription(offer(OFFER.externalId(), "Коврик синий", OFFER.article(), OFFER.prices(), OFFER.stock(), OFFER.totalQuantity())),
                ContentHash.offerDescription(offer(OFFER.externalId(), OFFER.name(), "ART-1-B", OFFER.prices(), OFFER.stock(), OFFER.totalQuantity()))));
        assertAllDifferent(ContentHash.offerPrices(OFFER), List.of(
                ContentHash.offerPrices(offer(OFFER.externalId() + "x", OFFER.name(), OFFER.article(), OFFER.prices(), OFFER.stock(), OFFER.totalQuantity())),
                ContentHash.offerPrices(withPrices(new Price("retail", new BigDecimal("101"), "RUB", "шт"))),
                ContentHash.offerPrices(withPrices(new Price("wholesale", new BigDecimal("100"), "RUB", "шт"))),
                ContentHash.offerPrices(withPrices(new Price("retail", new BigDecimal("100"), "USD", "шт"))),
                ContentHash.offerPrices(withPrices(new Price("retail", new BigDecimal("100"), "RUB", "кг"))),
                ContentHash.offerPrices(offer(OFFER.externalId(), OFFER.name(), OFFER.article(), List.of(), OFFER.stock(), OFFER.totalQuantity()))));
        assertAllDifferent(ContentHash.offerStock(OFFER), List.of(
                ContentHash.offerStock(offer(OFFER.externalId() + "x", OFFER.name(), OFFER.article(), OFFER.prices(), OFFER.stock(), OFFER.totalQuantity())),
                ContentHash.offerStock(offer(OFFER.externalId(), OFFER.name(), OFFER.article(), OFFER.prices(), List.of(new Stock("w1", new BigDecimal("4")), new Stock("w2", BigDecimal.ONE)), OFFER.totalQuantity())),
                ContentHash.offerStock(offer(OFFER.externalId(), OFFER.name(), OFFER.article(), OFFER.prices(), List.of(new Stock("w3", new BigDecimal("5")), new Stock("w2", BigDecimal.ONE)), OFFER.totalQuantity())),
                ContentHash.offerStock(offer(OFFER.externalId(), OFFER.name(), OFFER.article(), OFFER.prices(), OFFER.stock(), new BigDecimal("7"))),
                ContentHash.offerStock(offer(OFFER.externalId(), OFFER.name(), OFFER.article(), OFFER.prices(), OFFER.stock(), null)),
                ContentHash.offerStock(offer(OFFER.externalId(), OFFER.name(), OFFER.article(), OFFER.prices(), null, OFFER.totalQuantity())),
                ContentHash.offerStock(offer(OFFER.externalId(), OFFER.name(), OFFER.article(), OFFER.prices(), List.of(), OFFER.totalQuantity()))));
    }

    @Test
    void aPartOfAnOfferIgnoresTheOtherParts() {
        Offer pricesOnly = offer(OFFER.externalId(), null, null, OFFER.prices(), null, null);
        Offer stockOnly = offer(OFFER.externalId(), null, null, null, OFFER.stock(), OFFER.totalQuantity());
        assertEquals(ContentHash.offerPrices(OFFER), ContentHash.offerPrices(pricesOnly));
        assertEquals(ContentHash.offerStock(OFFER), ContentHash.offerStock(stockOnly));
        assertEquals(ContentHash.offerDescription(OFFER),
                ContentHash.offerDescription(offer(OFFER.externalId(), OFFER.name(), OFFER.article(), null, null, null)));
    }

    @Test
    void numbersCountByValueNotByScale() {
        Offer scaled = withPrices(new Price("retail", new BigDecimal("100.00"), "RUB", "шт"));
        assertEquals(ContentHash.offerPrices(withPrices(new Price("retail", new BigDecimal("100"), "RUB", "шт"))),
                ContentHash.offerPrices(scaled));
    }

    @Test
    void fieldsCannotRunIntoEachOther() {
        assertNotEquals(ContentHash.of(new Warehouse("ab", "c", "1")), ContentHash.of(new Warehouse("a", "bc", "1")));
        assertNotEquals(ContentHash.of(new Warehouse("w", null, "1")), ContentHash.of(new Warehouse("w", "-", "1")));
        assertNotEquals(ContentHash.of(new Warehouse("w", "", "1")), ContentHash.of(new Warehouse("w", null, "1")));
    }

    @Test
    void elementsOfDifferentKindsNeverShareAHash() {
        assertNotEquals(ContentHash.of(new Warehouse("x", "Склад", "1")), ContentHash.of(new PriceType("x", "Склад", null, "1")));
    }

    @Test
    void offersAndUnreadableElementsHaveNoWholeHash() {
        assertThrows(IllegalArgumentException.class, () -> ContentHash.of(OFFER));
        assertThrows(IllegalArgumentException.class, () -> ContentHash.of(new Unreadable("x", "bad price", "1")));
        Offer bare = offer("p1", "Коврик", null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> ContentHash.offerPrices(bare));
        assertThrows(IllegalArgumentException.class, () -> ContentHash.offerStock(bare));
    }

    private static Product product(Function<Product, Product> change) {
        return change.apply(PRODUCT);
    }

    private static Offer offer(String id, String name, String article, List<Price> prices, List<Stock> stock,
                               BigDecimal total) {
        return new Offer(id, name, article, prices, stock, total, OFFER.position());
    }

    private static Offer withPrices(Price first) {
        return offer(OFFER.externalId(), OFFER.name(), OFFER.article(), List.of(first, OFFER.prices().get(1)),
                OFFER.stock(), OFFER.totalQuantity());
    }

    private static void assertAllDifferent(String original, List<String> changed) {
        Set<String> all = new HashSet<>(changed);
        all.add(original);
        assertEquals(changed.size() + 1, all.size(), "every change gives its own hash");
    }
}

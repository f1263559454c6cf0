package ru.erp.crm.integration.onec.catalog;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Group;
import ru.erp.crm.catalog.boundary.CatalogElement.Offer;
import ru.erp.crm.catalog.boundary.CatalogElement.PriceType;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;
import ru.erp.crm.catalog.boundary.CatalogElement.Property;
import ru.erp.crm.catalog.boundary.CatalogElement.Unreadable;
import ru.erp.crm.catalog.boundary.CatalogElement.Warehouse;
import ru.erp.crm.integration.onec.commerceml.Samples;

/**
 * Runs the reader over every real CommerceML sample (orders files included: they must yield
 * nothing) and checks what it yields three ways: against DOM/XPath counts over local names (a
 * different parser and a declarative rule), against a table written from SOURCES.md and the files
 * themselves, and the header's ВерсияСхемы against the DOM's.
 */
class CatalogSampleFilesTest {

    private static final String OFFER = "//*[local-name()='ПакетПредложений']/*[local-name()='Предложения']"
            + "/*[local-name()='Предложение']";

    /** Catalogue elements as XPath counts; a group is any Группа of the classifier's group tree. */
    private static final Map<String, String> XPATHS = Map.of(
            "groups", "count(//*[local-name()='Классификатор']/*[local-name()='Группы']"
                    + "//*[local-name()='Группа'][parent::*[local-name()='Группы']])",
            "properties", "count(//*[local-name()='Классификатор']/*[local-name()='Свойства']/*[local-name()='Свойство'])",
            "priceTypes", "count(//*[local-name()='Классификатор' or local-name()='ПакетПредложений']"
                    + "/*[local-name()='ТипыЦен']/*[local-name()='ТипЦены'])",
            "warehouses", "count(//*[local-name()='Классификатор' or local-name()='ПакетПредложений']"
                    + "/*[local-name()='Склады']/*[local-name()='Склад'])",
            "products", "count(//*[local-name()='Каталог']/*[local-name()='Товары']/*[local-name()='Товар'])",
            "offers", "count(" + OFFER + ")",
            // a Цена with an empty ЦенаЗаЕдиницу is "price on request", no price
            "prices", "count(" + OFFER + "/*[local-name()='Цены']/*[local-name()='Цена']"
                    + "[normalize-space(*[local-name()='ЦенаЗаЕдиницу']) != ''])",
            "stock", "count(" + OFFER + "/*[local-name()='Склад']) + count(" + OFFER
                    + "/*[local-name()='Остатки']/*[local-name()='Остаток']/*[local-name()='Склад'])");

    private record Counts(int groups, int properties, int priceTypes, int warehouses, int products, int offers,
                          int prices, int stock) {

        Map<String, Integer> asMap() {
            return Map.of("groups", groups, "properties", properties, "priceTypes", priceTypes,
                    "warehouses", warehouses, "products", products, "offers", offers, "prices", prices, "stock", stock);
        }
    }

    private static final Counts NOTHING = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * Where SOURCES.md counts an element (raw, at any depth), the figure is the same here; the
     * comments quote the differences: the Склад count there mixes warehouse definitions and stock
     * entries, and orders files have Товар lines that are not catalogue products.
     */
    private static final Map<String, Counts> EXPECTED = Map.ofEntries(
            entry("2.03/official-protocol-examples/from.xml", NOTHING), // Товар=2: order lines
            entry("2.03/official-protocol-examples/to.xml", NOTHING), // Товар=2: order lines
            entry("2.04/cp1251-single-line-export/import.xml", new Counts(163, 0, 0, 0, 1660, 0, 0, 0)),
            // Цена=1660, of which 104 with <ЦенаЗаЕдиницу/> and Представление «Уточните у менеджера»
            entry("2.04/cp1251-single-line-export/offers.xml", new Counts(0, 0, 1, 0, 0, 1660, 1556, 0)),
            entry("2.04/official-protocol-examples/import.xml", new Counts(1, 0, 0, 0, 4, 0, 0, 0)),
            entry("2.04/official-protocol-examples/offers.xml", new Counts(0, 0, 4, 0, 0, 2, 8, 0)),
            entry("2.05/site-query-response/orders-empty.xml", NOTHING),
            entry("2.05/site-query-response/orders-full.xml", NOTHING), // Товар=8: order lines
            entry("2.07/bsp-obmen-s-saitom/import0_1.xml", new Counts(1, 12, 0, 0, 36, 0, 0, 0)),
            entry("2.07/bsp-obmen-s-saitom/import0_1_with_nested_groups.xml", new Counts(13, 20, 0, 0, 283, 0, 0, 0)),
            // Склад=135: 3 warehouses of the package and 132 <Склад ИдСклада КоличествоНаСкладе/> in offers
            entry("2.07/bsp-obmen-s-saitom/offers0_1.xml", new Counts(0, 0, 1, 3, 0, 44, 44, 132)),
            entry("2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml", NOTHING),
            entry("2.08/ns-commerceml_210/import.xml", new Counts(5, 3, 0, 0, 2, 0, 0, 0)),
            entry("2.08/ns-commerceml_210/offers.xml", new Counts(0, 1, 3, 0, 0, 2, 6, 0)),
            entry("2.09/split-files/import___b815e2db-7a65-4265-9241-5f0c4f0565a7.xml", new Counts(97, 1908, 1, 1, 0, 0, 0, 0)),
            entry("2.09/split-files/offers___7f304edc-2527-4d3d-b058-6e4ee53de2e0.xml", new Counts(0, 0, 0, 0, 0, 978, 0, 0)),
            entry("2.09/split-files/offers___f0bab95c-14a6-4141-9746-6650b65f1191.xml", new Counts(0, 1908, 0, 0, 0, 0, 0, 0)),
            entry("2.09/split-files/prices___d66a6b51-ce9c-4e7a-8c7c-25079721107f.xml", new Counts(0, 0, 0, 0, 0, 978, 978, 0)),
            entry("2.09/split-files/rests___1af6e7b8-a026-4690-9752-1c9d64cb914d.xml", new Counts(0, 0, 0, 0, 0, 978, 0, 978)),
            entry("2.10/import.xml", new Counts(33, 0, 2, 6, 0, 0, 0, 0)),
            entry("3.1/bitrix-module-6/goods/import.xml", new Counts(0, 0, 0, 0, 21, 0, 0, 0)),
            entry("3.1/bitrix-module-6/goods/offers.xml", new Counts(0, 0, 0, 0, 0, 86, 0, 0)),
            entry("3.1/bitrix-module-6/goods/prices.xml", new Counts(0, 0, 0, 0, 0, 86, 86, 0)),
            entry("3.1/bitrix-module-6/goods/rests.xml", new Counts(0, 0, 0, 0, 0, 86, 0, 1032)),
            entry("3.1/bitrix-module-6/import.xml", new Counts(1, 0, 8, 12, 0, 0, 0, 0)),
            entry("3.1/bitrix-module-6/properties/import.xml", new Counts(0, 25, 0, 0, 0, 0, 0, 0)),
            entry("3.1/bitrix-module-6/properties/offers.xml", new Counts(0, 12, 0, 0, 0, 0, 0, 0)));

    @TestFactory
    Stream<DynamicTest> everySampleYieldsTheIndependentlyCountedElements() throws IOException {
        return Samples.commercemlFiles().stream().map(file -> DynamicTest.dynamicTest(Samples.relative(file), () -> {
            Document dom = parseDom(file);
            List<CatalogElement> elements = new ArrayList<>();
            String version;
            try (CatalogReader reader = new CatalogReader(Files.newInputStream(file))) {
                reader.forEachRemaining(elements::add);
                version = reader.schemaVersion();
            }

            List<Unreadable> unreadable = ofType(elements, Unreadable.class);
            assertTrue(unreadable.isEmpty(), "no sample has a broken element: " + unreadable);
            Counts yielded = count(elements);
            Map<String, Integer> byXpath = new HashMap<>();
            for (Map.Entry<String, String> xpath : XPATHS.entrySet()) {
                byXpath.put(xpath.getKey(), evaluate(dom, xpath.getValue()));
            }
            assertEquals(byXpath, yielded.asMap(), "reader vs DOM/XPath");
            assertEquals(EXPECTED.get(Samples.relative(file)), yielded, "reader vs the hand-checked table");
            assertEquals(dom.getDocumentElement().getAttribute("ВерсияСхемы"), version);
        }));
    }

    @Test
    void everySampleHasExpectations() throws IOException {
        List<String> present = Samples.commercemlFiles().stream().map(Samples::relative).toList();

        assertEquals(EXPECTED.keySet().stream().sorted().toList(), present.stream().filter(f -> f.endsWith(".xml")).toList());
    }

    private static Counts count(List<CatalogElement> elements) {
        List<Offer> offers = ofType(elements, Offer.class);
        return new Counts(ofType(elements, Group.class).size(), ofType(elements, Property.class).size(),
                ofType(elements, PriceType.class).size(), ofType(elements, Warehouse.class).size(),
                ofType(elements, Product.class).size(), offers.size(),
                offers.stream().mapToInt(o -> o.prices() == null ? 0 : o.prices().size()).sum(),
                offers.stream().mapToInt(o -> o.stock() == null ? 0 : o.stock().size()).sum());
    }

    private static <T extends CatalogElement> List<T> ofType(List<CatalogElement> elements, Class<T> type) {
        return elements.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Document parseDom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static int evaluate(Document dom, String expression) throws Exception {
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        return ((Double) xpath.evaluate(expression, dom, XPathConstants.NUMBER)).intValue();
    }
}

package ru.erp.crm.integration.onec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Group;
import ru.erp.crm.catalog.boundary.CatalogElement.Offer;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;
import ru.erp.crm.integration.onec.commerceml.Samples;

/** Document-level rules: namespaces, encodings and the header facts. */
class CatalogReaderDocumentTest {

    private static final String BODY = """
            <Классификатор><Группы><Группа><Ид>g</Ид><Наименование>Ёлки</Наименование></Группа></Группы></Классификатор>
            <Каталог><Ид>cat</Ид><Товары><Товар><Ид>p</Ид><Наименование>Ёлка «Лесная»</Наименование></Товар></Товары></Каталог>
            <ПакетПредложений><Предложения><Предложение><Ид>p</Ид><Цены><Цена><ИдТипаЦены>t</ИдТипаЦены>
              <ЦенаЗаЕдиницу>1 999,90</ЦенаЗаЕдиницу></Цена></Цены></Предложение></Предложения></ПакетПредложений>
            """;

    @ParameterizedTest(name = "xmlns=\"{0}\"")
    @ValueSource(strings = {"", "urn:1C.ru:commerceml_2", "urn:1C.ru:commerceml_210", "urn:1C.ru:commerceml_3"})
    void everyNamespaceReadsAlike(String namespace) throws IOException {
        String xml = "<КоммерческаяИнформация" + (namespace.isEmpty() ? "" : " xmlns=\"" + namespace + "\"")
                + " ВерсияСхемы=\"2.10\">" + BODY + "</КоммерческаяИнформация>";

        assertRead(Samples.readAll(xml.getBytes(StandardCharsets.UTF_8), CatalogReader::new));
    }

    @Test
    void prefixedNamespace() throws IOException {
        String xml = ("<КоммерческаяИнформация xmlns:cml=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.09\">" + BODY
                + "</КоммерческаяИнформация>").replace("<", "<cml:").replace("<cml:/", "</cml:");

        assertRead(Samples.readAll(xml.getBytes(StandardCharsets.UTF_8), CatalogReader::new));
    }

    @Test
    void windows1251() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"2.04\">"
                + BODY + "</КоммерческаяИнформация>";

        assertRead(Samples.readAll(xml.getBytes(Charset.forName("windows-1251")), CatalogReader::new));
    }

    @Test
    void utf8WithBom() throws IOException {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"3.1\">"
                + BODY + "</КоммерческаяИнформация>";

        assertRead(Samples.readAll(xml.getBytes(StandardCharsets.UTF_8), CatalogReader::new));
    }

    private static void assertRead(List<CatalogElement> elements) {
        assertEquals(3, elements.size(), elements.toString());
        assertEquals("Ёлки", ((Group) elements.get(0)).name());
        assertEquals("Ёлка «Лесная»", ((Product) elements.get(1)).name());
        assertEquals("1999.90", ((Offer) elements.get(2)).prices().get(0).unitPrice().toPlainString());
    }

    @Test
    void headerFactsAreKnownBeforeTheFirstProduct() throws IOException {
        String xml = CatalogXml.document("""
                <Каталог СодержитТолькоИзменения="false">
                  <Ид>cat-1</Ид><ИдКлассификатора>cls</ИдКлассификатора><Наименование>Каталог</Наименование>
                  <Товары><Товар><Ид>p</Ид></Товар></Товары>
                </Каталог>
                """);

        try (CatalogReader reader = reader(xml)) {
            assertNull(reader.catalogueId(), "nothing is read before the first call");
            reader.next();
            assertEquals("2.08", reader.schemaVersion());
            assertEquals(Boolean.FALSE, reader.containsOnlyChanges());
            assertEquals("cat-1", reader.catalogueId());
        }
    }

    @Test
    void offersPackageNamesItsCatalogueAndMayStateTheFlagAsAnElement() throws IOException {
        String xml = CatalogXml.document("""
                <ПакетПредложений>
                  <Ид>cat-1#</Ид><ИдКаталога>cat-1</ИдКаталога>
                  <СодержитТолькоИзменения>true</СодержитТолькоИзменения>
                  <Предложения><Предложение><Ид>p</Ид></Предложение></Предложения>
                </ПакетПредложений>
                """);

        try (CatalogReader reader = reader(xml)) {
            reader.next();
            assertEquals(Boolean.TRUE, reader.containsOnlyChanges());
            assertEquals("cat-1", reader.catalogueId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            absent                                | <Классификатор/><Каталог/>                                                                              | null
            classifier only                       | <Классификатор СодержитТолькоИзменения="true"/><Каталог/>                                               | true
            catalogue wins over classifier        | <Классификатор СодержитТолькоИзменения="true"/><Каталог СодержитТолькоИзменения="false"/>               | false
            catalogue wins even when read first   | <ПакетПредложений СодержитТолькоИзменения="false"/><Классификатор СодержитТолькоИзменения="true"/>      | false
            neither true nor false                | <Каталог СодержитТолькоИзменения="да"/>                                                                  | null
            """)
    void containsOnlyChanges(String description, String body, Boolean expected) throws IOException {
        try (CatalogReader reader = reader(CatalogXml.document(body))) {
            reader.forEachRemaining(element -> {
            });
            assertEquals(expected, reader.containsOnlyChanges(), description);
        }
    }

    @Test
    void aFileWithoutVersionIsRead() throws IOException {
        try (CatalogReader reader = reader("<КоммерческаяИнформация><Каталог><Товары><Товар><Ид>p</Ид></Товар></Товары>"
                + "</Каталог></КоммерческаяИнформация>")) {
            assertEquals("p", reader.next().externalId());
            assertNull(reader.schemaVersion());
            assertFalse(reader.hasNext());
        }
    }

    private static CatalogReader reader(String xml) {
        return new CatalogReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

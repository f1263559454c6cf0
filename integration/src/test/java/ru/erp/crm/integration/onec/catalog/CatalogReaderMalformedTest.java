package ru.erp.crm.integration.onec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;
import ru.erp.crm.integration.onec.commerceml.CommerceMlFormatException;
import ru.erp.crm.integration.onec.commerceml.Samples;

class CatalogReaderMalformedTest {

    private static final String IMPORT_207 = "2.07/bsp-obmen-s-saitom/import0_1.xml";

    @ParameterizedTest(name = "ВерсияСхемы=\"{0}\"")
    @ValueSource(strings = {"1.0", "2.11", "2.1", "4.0", "CommerceML"})
    void anUnknownVersionFailsAtTheRoot(String version) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"" + version
                + "\">\n<Каталог><Товары><Товар><Ид>p</Ид></Товар></Товары></Каталог></КоммерческаяИнформация>";

        try (CatalogReader reader = reader(xml.getBytes(StandardCharsets.UTF_8))) {
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, reader::hasNext);

            assertEquals(2, error.getLine());
            assertTrue(error.getMessage().contains("unsupported CommerceML version ВерсияСхемы=\"" + version + "\""),
                    error.getMessage());
        }
    }

    @ParameterizedTest(name = "ВерсияСхемы=\"{0}\"")
    @ValueSource(strings = {"2.03", "2.04", "2.05", "2.07", "2.08", "2.09", "2.10", "3.1"})
    void knownVersionsAreRead(String version) throws IOException {
        String xml = "<КоммерческаяИнформация ВерсияСхемы=\"" + version + "\"/>";

        try (CatalogReader reader = reader(xml.getBytes(StandardCharsets.UTF_8))) {
            assertFalse(reader.hasNext());
            assertEquals(version, reader.schemaVersion());
        }
    }

    @Test
    void aTruncatedFileFailsWhereItEndsAfterHandingOutWhatCameBefore() throws IOException {
        byte[] original = Samples.bytes(IMPORT_207);
        byte[] truncated = Arrays.copyOf(original, original.length / 2);
        List<CatalogElement> before = new ArrayList<>();

        try (CatalogReader reader = reader(truncated)) {
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class,
                    () -> reader.forEachRemaining(before::add));

            int lastLine = (int) new String(truncated, StandardCharsets.UTF_8).lines().count();
            assertEquals(lastLine, error.getLine(), error.getMessage());
            assertTrue(error.getColumn() > 0, error.getMessage());
            assertSame(error, assertThrows(CommerceMlFormatException.class, reader::hasNext), "the reader stays failed");
        }
        // 1 group, 12 properties and the products before the middle of the file
        assertTrue(before.size() > 13 + 10, "handed out " + before.size());
        assertInstanceOf(Product.class, before.get(before.size() - 1));
    }

    @Test
    void damageInTheMiddleFailsThereAfterTheElementsBefore() throws IOException {
        String xml = "<КоммерческаяИнформация ВерсияСхемы=\"2.08\"><Каталог><Товары>\n"
                + "<Товар><Ид>a</Ид></Товар>\n"
                + "<Товар><Ид>b</Ид></Наименование></Товар>\n"
                + "<Товар><Ид>c</Ид></Товар>\n"
                + "</Товары></Каталог></КоммерческаяИнформация>";

        try (CatalogReader reader = reader(xml.getBytes(StandardCharsets.UTF_8))) {
            assertEquals("a", reader.next().externalId());
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, reader::next);
            assertEquals(3, error.getLine());
        }
    }

    @Test
    void aDoctypeIsRefused() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE КоммерческаяИнформация [<!ENTITY x \"y\">]>\n"
                + "<КоммерческаяИнформация/>";

        try (CatalogReader reader = reader(xml.getBytes(StandardCharsets.UTF_8))) {
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, reader::hasNext);
            assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        }
    }

    private static CatalogReader reader(byte[] document) {
        return new CatalogReader(new ByteArrayInputStream(document));
    }
}

package ru.erp.crm.integration.onec.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.integration.onec.commerceml.Samples;

/** Hand-written catalogue documents for the field-level tests. */
final class CatalogXml {

    private CatalogXml() {
    }

    /** A UTF-8 document of version 2.08 in the commerceml_2 namespace around {@code body}. */
    static String document(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.08\" ДатаФормирования=\"2024-01-01\">\n"
                + body + "</КоммерческаяИнформация>\n";
    }

    static List<CatalogElement> read(String document) throws IOException {
        return Samples.readAll(document.getBytes(StandardCharsets.UTF_8), CatalogReader::new);
    }

    static CatalogElement single(String document) throws IOException {
        List<CatalogElement> elements = read(document);
        if (elements.size() != 1) {
            throw new AssertionError("expected one element, got " + elements);
        }
        return elements.get(0);
    }

    /** One product in an import document. */
    static String product(String children) {
        return document("<Каталог><Ид>cat</Ид><Товары>\n<Товар>" + children + "</Товар>\n</Товары></Каталог>\n");
    }

    /** One offer in an offers document. */
    static String offer(String children) {
        return document("<ПакетПредложений><ИдКаталога>cat</ИдКаталога><Предложения>\n<Предложение>"
                + children + "</Предложение>\n</Предложения></ПакетПредложений>\n");
    }
}

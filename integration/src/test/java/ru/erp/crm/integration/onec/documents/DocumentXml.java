package ru.erp.crm.integration.onec.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ru.erp.crm.integration.onec.commerceml.Samples;
import ru.erp.crm.integration.onec.documents.DocumentElement.Readable;
import ru.erp.crm.sales.boundary.OneCDocument;

/** Hand-written document files for the field-level tests. */
final class DocumentXml {

    private DocumentXml() {
    }

    /** A UTF-8 file of version 2.08 in the commerceml_2 namespace around {@code body}. */
    static String file(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.08\" ДатаФормирования=\"2024-01-01\">\n"
                + body + "</КоммерческаяИнформация>\n";
    }

    /** A file with one Документ of these children. */
    static String document(String children) {
        return file("<Документ>" + children + "</Документ>\n");
    }

    /** One requisite of a document: {@code ЗначенияРеквизитов} holds several. */
    static String requisite(String name, String value) {
        return "<ЗначениеРеквизита><Наименование>" + name + "</Наименование><Значение>" + value
                + "</Значение></ЗначениеРеквизита>";
    }

    static List<DocumentElement> read(String file) throws IOException {
        return Samples.readAll(file.getBytes(StandardCharsets.UTF_8), DocumentReader::new);
    }

    static DocumentElement single(String file) throws IOException {
        List<DocumentElement> elements = read(file);
        if (elements.size() != 1) {
            throw new AssertionError("expected one document, got " + elements);
        }
        return elements.get(0);
    }

    /** The one document of the file, which must be readable. */
    static OneCDocument readable(String file) throws IOException {
        DocumentElement element = single(file);
        if (element instanceof Readable readable) {
            return readable.document();
        }
        throw new AssertionError("expected a readable document, got " + element);
    }
}

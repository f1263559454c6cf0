package ru.erp.crm.integration.onec.documents;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.erp.crm.integration.onec.documents.Dom.child;
import static ru.erp.crm.integration.onec.documents.Dom.children;
import static ru.erp.crm.integration.onec.documents.Dom.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import ru.erp.crm.integration.onec.commerceml.Samples;
import ru.erp.crm.integration.onec.documents.DocumentElement.Readable;
import ru.erp.crm.sales.boundary.OneCDocument;

/**
 * Runs the reader over every real CommerceML sample (catalogue files must yield nothing) and
 * checks each document against a DOM of the same file, walked by hand over local names: Ид,
 * Номер, Сумма, the buyer's Ид, and per line Ид and Сумма. A table written from SOURCES.md and the
 * files themselves pins the numbers of documents and lines, so a DOM walk that went wrong the same
 * way as the reader would still be caught.
 */
class DocumentSampleFilesTest {

    /** Documents and lines per document, counted in the files. */
    private static final Map<String, List<Integer>> LINES_PER_DOCUMENT = Map.ofEntries(
            entry("2.03/official-protocol-examples/from.xml", List.of(2)),
            entry("2.03/official-protocol-examples/to.xml", List.of(2)),
            entry("2.05/site-query-response/orders-empty.xml", List.of()),
            entry("2.05/site-query-response/orders-full.xml", List.of(1, 7)),
            entry("2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml", List.of(2, 2)));

    @TestFactory
    Stream<DynamicTest> everySampleYieldsTheDocumentsTheDomFinds() throws IOException {
        return Samples.commercemlFiles().stream()
                .filter(file -> file.toString().endsWith(".xml"))
                .map(file -> DynamicTest.dynamicTest(Samples.relative(file), () -> {
                    List<Element> expected = topLevelDocuments(file);
                    List<DocumentElement> read = Samples.readAll(file, DocumentReader::new);

                    assertEquals(expected.size(), read.size(), "documents");
                    for (int i = 0; i < expected.size(); i++) {
                        Readable readable = assertInstanceOf(Readable.class, read.get(i), "every sample document is readable");
                        assertSameDocument(expected.get(i), readable.document());
                    }
                    List<Integer> lines = read.stream().map(e -> ((Readable) e).document().lines().size()).toList();
                    assertEquals(LINES_PER_DOCUMENT.getOrDefault(Samples.relative(file), List.of()), lines,
                            "lines per document vs the hand-counted table");
                }));
    }

    @Test
    void theTableNamesOnlyFilesThatExist() throws IOException {
        List<String> present = Samples.commercemlFiles().stream().map(Samples::relative).toList();

        assertTrue(present.containsAll(LINES_PER_DOCUMENT.keySet()), present.toString());
    }

    private static void assertSameDocument(Element expected, OneCDocument document) {
        assertEquals(text(expected, "Ид"), document.externalId());
        assertEquals(text(expected, "Номер"), document.number());
        assertEquals(new BigDecimal(text(expected, "Сумма")), document.amount());
        assertNotNull(document.buyer(), "every sample order names its buyer");
        assertEquals(buyerId(expected), document.buyer().externalId());
        List<Element> lines = children(child(expected, "Товары"), "Товар");
        assertEquals(lines.size(), document.lines().size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(text(lines.get(i), "Ид"), document.lines().get(i).productExternalId());
            assertEquals(new BigDecimal(text(lines.get(i), "Сумма")), document.lines().get(i).amount());
        }
    }

    /** Документ elements that are children of the root, or of a Контейнер that is one. */
    private static List<Element> topLevelDocuments(Path file) throws Exception {
        Element root = Dom.root(Files.readAllBytes(file));
        List<Element> documents = new ArrayList<>(children(root, "Документ"));
        for (Element container : children(root, "Контейнер")) {
            documents.addAll(children(container, "Документ"));
        }
        return documents;
    }

    private static String buyerId(Element document) {
        List<Element> parties = children(child(document, "Контрагенты"), "Контрагент");
        Element buyer = parties.stream().filter(p -> "Покупатель".equals(text(p, "Роль"))).findFirst()
                .orElse(parties.get(0));
        return text(buyer, "Ид");
    }
}

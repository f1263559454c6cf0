package ru.erp.crm.integration.onec.counterparties;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import ru.erp.crm.integration.onec.commerceml.Samples;

/**
 * Runs the reader over every real CommerceML sample and checks the number of counterparties
 * against a DOM/XPath count (a different parser and a declarative rule) and against SOURCES.md.
 */
class SampleFilesTest {

    /**
     * Counterparty records: Контрагент elements directly under a Контрагенты element and not part
     * of a Представитель, i.e. excluding contact persons nested in another counterparty.
     */
    private static final String COUNTERPARTIES_XPATH = "count(//*[local-name()='Контрагент']"
            + "[parent::*[local-name()='Контрагенты']][not(ancestor::*[local-name()='Представитель'])])";

    /** What SOURCES.md counts: every element with local name Контрагент, at any depth. */
    private static final String ALL_ELEMENTS_XPATH = "count(//*[local-name()='Контрагент'])";

    /**
     * @param sourcesMdElements the Контрагент figure of the file's row in SOURCES.md,
     *                          "Ground-truth counts" (0 where the row names no Контрагент)
     * @param counterparties    records the reader must yield (read off the files by hand:
     *                          the rest of the elements are Представители/Представитель/Контрагент)
     */
    private record Expected(int sourcesMdElements, int counterparties) {
    }

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            // | commerceml/2.03/official-protocol-examples/from.xml | Товар=2, Документ=1, Контрагент=2, ВерсияСхемы=2.03 |
            entry("2.03/official-protocol-examples/from.xml", new Expected(2, 1)),
            // | commerceml/2.03/official-protocol-examples/to.xml | Товар=2, Документ=1, Контрагент=2, ВерсияСхемы=2.03 |
            entry("2.03/official-protocol-examples/to.xml", new Expected(2, 1)),
            entry("2.04/cp1251-single-line-export/import.xml", new Expected(0, 0)),
            entry("2.04/cp1251-single-line-export/offers.xml", new Expected(0, 0)),
            entry("2.04/official-protocol-examples/import.xml", new Expected(0, 0)),
            entry("2.04/official-protocol-examples/offers.xml", new Expected(0, 0)),
            entry("2.05/site-query-response/orders-empty.xml", new Expected(0, 0)),
            // | commerceml/2.05/site-query-response/orders-full.xml | Товар=8, Документ=2, Контрагент=2, ВерсияСхемы=2.05 |
            entry("2.05/site-query-response/orders-full.xml", new Expected(2, 2)),
            entry("2.07/bsp-obmen-s-saitom/import0_1.xml", new Expected(0, 0)),
            entry("2.07/bsp-obmen-s-saitom/import0_1_with_nested_groups.xml", new Expected(0, 0)),
            entry("2.07/bsp-obmen-s-saitom/offers0_1.xml", new Expected(0, 0)),
            // | commerceml/2.07/bsp-obmen-s-saitom/orders-cf0b82a8-...-0ff869125614_1.xml | Товар=4, Документ=2, Контрагент=4, ВерсияСхемы=2.07 |
            entry("2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml", new Expected(4, 2)),
            entry("2.08/ns-commerceml_210/import.xml", new Expected(0, 0)),
            entry("2.08/ns-commerceml_210/offers.xml", new Expected(0, 0)),
            entry("2.09/split-files/import___b815e2db-7a65-4265-9241-5f0c4f0565a7.xml", new Expected(0, 0)),
            entry("2.09/split-files/offers___7f304edc-2527-4d3d-b058-6e4ee53de2e0.xml", new Expected(0, 0)),
            entry("2.09/split-files/offers___f0bab95c-14a6-4141-9746-6650b65f1191.xml", new Expected(0, 0)),
            entry("2.09/split-files/prices___d66a6b51-ce9c-4e7a-8c7c-25079721107f.xml", new Expected(0, 0)),
            entry("2.09/split-files/rests___1af6e7b8-a026-4690-9752-1c9d64cb914d.xml", new Expected(0, 0)),
            entry("2.10/import.xml", new Expected(0, 0)),
            entry("3.1/bitrix-module-6/goods/import.xml", new Expected(0, 0)),
            entry("3.1/bitrix-module-6/goods/offers.xml", new Expected(0, 0)),
            entry("3.1/bitrix-module-6/goods/prices.xml", new Expected(0, 0)),
            entry("3.1/bitrix-module-6/goods/rests.xml", new Expected(0, 0)),
            entry("3.1/bitrix-module-6/import.xml", new Expected(0, 0)),
            entry("3.1/bitrix-module-6/properties/import.xml", new Expected(0, 0)),
            entry("3.1/bitrix-module-6/properties/offers.xml", new Expected(0, 0)));

    @TestFactory
    Stream<DynamicTest> everySampleYieldsTheIndependentlyCountedCounterparties() throws IOException {
        return sampleFiles().stream().map(file -> DynamicTest.dynamicTest(relative(file), () -> {
            Document dom = parseDom(file);
            int yielded = Samples.readAll(file, CounterpartyReader::new).size();

            assertEquals(count(dom, COUNTERPARTIES_XPATH), yielded, "reader vs DOM/XPath");
            Expected expected = EXPECTED.get(relative(file));
            if (expected != null) {
                assertEquals(expected.sourcesMdElements(), count(dom, ALL_ELEMENTS_XPATH),
                        "DOM count of all Контрагент elements vs SOURCES.md");
                assertEquals(expected.counterparties(), yielded, "reader vs hand-checked count");
            }
        }));
    }

    @Test
    void everyFileListedInSourcesMdIsPresent() throws IOException {
        List<String> present = sampleFiles().stream().map(SampleFilesTest::relative).collect(Collectors.toList());
        assertTrue(present.containsAll(EXPECTED.keySet()),
                "missing samples: " + EXPECTED.keySet().stream().filter(f -> !present.contains(f)).toList());
    }

    private static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Samples.commercemlDir())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path file) {
        return Samples.commercemlDir().relativize(file).toString().replace('\\', '/');
    }

    private static Document parseDom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static int count(Document dom, String xpath) throws Exception {
        Double count = (Double) XPathFactory.newDefaultInstance().newXPath()
                .evaluate(xpath, dom, XPathConstants.NUMBER);
        return count.intValue();
    }
}

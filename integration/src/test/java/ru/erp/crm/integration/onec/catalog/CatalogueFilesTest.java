package ru.erp.crm.integration.onec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.erp.crm.integration.onec.catalog.CatalogueFiles.Kind;
import ru.erp.crm.integration.onec.commerceml.Samples;

class CatalogueFilesTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            import.xml,                                          IMPORT
            import0_1.xml,                                       IMPORT
            import___b815e2db-7a65-4265-9241-5f0c4f0565a7.xml,   IMPORT
            IMPORT.XML,                                          IMPORT
            offers0_1.xml,                                       OFFERS
            offers___7f304edc-2527-4d3d-b058-6e4ee53de2e0.xml,   OFFERS
            prices___d66a6b51-ce9c-4e7a-8c7c-25079721107f.xml,   PRICES
            rests___1af6e7b8-a026-4690-9752-1c9d64cb914d.xml,    RESTS
            orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml,   ORDERS
            """)
    void byTheNames1cWrites(String name, Kind kind) {
        assertEquals(Optional.of(kind), CatalogueFiles.byName(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"catalog.xml", "import.zip", "to.xml", "my-import.xml"})
    void otherNamesSayNothing(String name) {
        assertEquals(Optional.empty(), CatalogueFiles.byName(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2.03/official-protocol-examples/to.xml,                  ORDERS
            2.09/split-files/rests___1af6e7b8-a026-4690-9752-1c9d64cb914d.xml, OFFERS
            2.07/bsp-obmen-s-saitom/offers0_1.xml,                   OFFERS
            3.1/bitrix-module-6/properties/import.xml,               IMPORT
            """)
    void realSamplesByContentWhenTheNameSaysNothing(String sample, Kind kind) throws IOException {
        Path renamed = Files.copy(Samples.commerceml(sample), tmp.resolve("upload.xml"));

        assertEquals(Optional.of(kind), CatalogueFiles.kindOf(renamed));
    }

    @Test
    void aClassifierOnlyFileIsAnImportAndA3xContainerIsLookedInto() throws IOException {
        Path classifier = write("a.xml", "<КоммерческаяИнформация><Классификатор><Ид>c</Ид></Классификатор></КоммерческаяИнформация>");
        Path container = write("b.xml", "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_3\"><Контейнер>"
                + "<ПакетПредложений/></Контейнер></КоммерческаяИнформация>");

        assertEquals(Optional.of(Kind.IMPORT), CatalogueFiles.kindOf(classifier));
        assertEquals(Optional.of(Kind.OFFERS), CatalogueFiles.kindOf(container));
    }

    @Test
    void notCommerceMlHasNoKind() throws IOException {
        assertEquals(Optional.empty(), CatalogueFiles.kindOf(write("page.xml", "<html><body/></html>")));
        assertEquals(Optional.empty(), CatalogueFiles.kindOf(write("broken.xml", "<КоммерческаяИнформация><Ката")));
        assertEquals(Optional.empty(), CatalogueFiles.kindOf(write("empty.xml", "<КоммерческаяИнформация/>")));
    }

    @Test
    void anExchangeIsOrderedImportsOffersThenPricesAndRestsWithNumbersByValue() throws IOException {
        Path unknown = write("readme.xml", "<html/>");
        Path rests = write("rests___1.xml", "");
        Path prices = write("prices___1.xml", "");
        Path offers = write("offers0_1.xml", "");
        Path import10 = write("import10_1.xml", "");
        Path import2 = write("import2_1.xml", "");
        Path catalogue = write("catalogue.xml", "<КоммерческаяИнформация><Каталог/></КоммерческаяИнформация>");

        assertEquals(List.of(catalogue, import2, import10, offers, prices, rests, unknown),
                CatalogueFiles.inExchangeOrder(List.of(unknown, rests, prices, offers, import10, import2, catalogue)));
    }

    @Test
    void naturalComparison() {
        assertTrue(CatalogueFiles.compareNaturally("import2_1.xml", "import10_1.xml") < 0);
        assertTrue(CatalogueFiles.compareNaturally("import0_1.xml", "import0_2.xml") < 0);
        assertTrue(CatalogueFiles.compareNaturally("import0_10.xml", "import0_9.xml") > 0);
        assertEquals(0, CatalogueFiles.compareNaturally("import.xml", "import.xml"));
        assertTrue(CatalogueFiles.compareNaturally("import.xml", "import0_1.xml") < 0);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }
}

package ru.erp.crm.integration.onec.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.erp.crm.integration.onec.documents.DocumentXml.document;
import static ru.erp.crm.integration.onec.documents.DocumentXml.file;
import static ru.erp.crm.integration.onec.documents.DocumentXml.read;
import static ru.erp.crm.integration.onec.documents.DocumentXml.requisite;
import static ru.erp.crm.integration.onec.documents.DocumentXml.single;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.erp.crm.integration.onec.commerceml.CommerceMlFormatException;
import ru.erp.crm.integration.onec.commerceml.Samples;
import ru.erp.crm.integration.onec.documents.DocumentElement.Readable;
import ru.erp.crm.integration.onec.documents.DocumentElement.Unreadable;

class DocumentReaderMalformedTest {

    private static final String BSP_ORDERS = "2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml";

    @Test
    void aDocumentWithoutIdIsRefusedWithItsPositionAndTheNextOneIsRead() throws IOException {
        List<DocumentElement> read = read(file("<Документ><Номер>1</Номер><Сумма>10</Сумма></Документ>\n"
                + "<Документ><Ид>second</Ид></Документ>\n"));

        assertEquals(new Unreadable(null, "Документ has no Ид", "line 3: /КоммерческаяИнформация/Документ[1]"), read.get(0));
        assertEquals("second", assertInstanceOf(Readable.class, read.get(1)).document().externalId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <Сумма>много</Сумма>                                                  | Сумма is not a number: 'много'
            <Сумма>1,234.50</Сумма>                                               | Сумма is not a number: '1,234.50'
            <Дата>31.02.2021</Дата>                                               | Дата cannot be read: '31.02.2021'
            <Время>25:00</Время>                                                  | Время cannot be read: '25:00'
            <ПометкаУдаления>может быть</ПометкаУдаления>                         | ПометкаУдаления cannot be read: 'может быть'
            <Товары><Товар><Ид>a</Ид></Товар><Товар><Ид>b</Ид><ЦенаЗаЕдиницу>x</ЦенаЗаЕдиницу></Товар></Товары> | Товар[2] ЦенаЗаЕдиницу is not a number: 'x'
            <Товары><Товар><Ид>a</Ид><Количество>два</Количество></Товар></Товары> | Товар[1] Количество is not a number: 'два'
            <Товары><Товар><Ид>a</Ид><СтавкиНалогов><СтавкаНалога><Наименование>НДС</Наименование><Ставка>двадцать</Ставка></СтавкаНалога></СтавкиНалогов></Товар></Товары> | Товар[1] НДС rate is not a number: 'двадцать'
            """)
    void aValueThatCannotBeReadRefusesTheDocumentNamingTheField(String children, String reason) throws IOException {
        DocumentElement element = single(document("<Ид>d</Ид>" + children));

        assertEquals(new Unreadable("d", reason, "line 3: /КоммерческаяИнформация/Документ[1]"), element);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Заказ оплачен    | может быть | «Заказ оплачен» cannot be read: 'может быть'
            Дата оплаты по 1С | вчера     | «Дата оплаты по 1С» cannot be read: 'вчера'
            Дата отгрузки    | 2021-13-01 | «Дата отгрузки» cannot be read: '2021-13-01'
            """)
    void aStatusRequisiteThatCannotBeReadRefusesTheDocument(String name, String value, String reason) throws IOException {
        DocumentElement element = single(document("<Ид>d</Ид><ЗначенияРеквизитов>" + requisite(name, value)
                + "</ЗначенияРеквизитов>"));

        assertEquals(new Unreadable("d", reason, "line 3: /КоммерческаяИнформация/Документ[1]"), element);
    }

    @Test
    void theFirstProblemOfADocumentIsItsReason() throws IOException {
        DocumentElement element = single(document("<Ид>d</Ид><Товары><Товар><Сумма>x</Сумма></Товар></Товары>"
                + "<Сумма>y</Сумма>"));

        assertEquals("Товар[1] Сумма is not a number: 'x'", assertInstanceOf(Unreadable.class, element).reason());
    }

    @Test
    void theRefusalBecomesAFailureOfTheBatch() {
        Unreadable unreadable = new Unreadable("d", "Сумма is not a number: 'x'", "line 3: /КоммерческаяИнформация/Документ[1]");

        assertEquals("d", unreadable.failure().externalId());
        assertEquals(unreadable.reason(), unreadable.failure().reason());
        assertEquals(unreadable.position(), unreadable.failure().position());
    }

    @Test
    void aTruncatedFileFailsWhereItEndsAfterHandingOutTheDocumentsBefore() throws IOException {
        byte[] original = Samples.bytes(BSP_ORDERS);
        byte[] truncated = Arrays.copyOf(original, original.length * 3 / 4);
        List<DocumentElement> before = new ArrayList<>();

        try (DocumentReader reader = new DocumentReader(new ByteArrayInputStream(truncated))) {
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class,
                    () -> reader.forEachRemaining(before::add));

            int lastLine = (int) new String(truncated, StandardCharsets.UTF_8).lines().count();
            assertEquals(lastLine, error.getLine(), error.getMessage());
            assertTrue(error.getColumn() > 0, error.getMessage());
            assertSame(error, assertThrows(CommerceMlFormatException.class, reader::hasNext), "the reader stays failed");
        }
        assertEquals(1, before.size(), "the first of the two orders ends before the cut");
        assertEquals("76c2a49c-217e-11e6-ae3c-6805ca05f260",
                assertInstanceOf(Readable.class, before.get(0)).document().externalId());
    }

    @Test
    void brokenMarkupInADocumentFailsTheFileThereAfterTheDocumentsBefore() throws IOException {
        String xml = file("<Документ><Ид>a</Ид></Документ>\n<Документ><Ид>b</Ид></Номер></Документ>\n"
                + "<Документ><Ид>c</Ид></Документ>\n");

        try (DocumentReader reader = new DocumentReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            assertEquals("line 3: /КоммерческаяИнформация/Документ[1]", reader.next().position());
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, reader::next);
            assertEquals(4, error.getLine());
            assertEquals("line 4, column " + error.getColumn(), error.position());
        }
    }

    @ParameterizedTest(name = "ВерсияСхемы=\"{0}\"")
    @ValueSource(strings = {"1.0", "2.11", "2.1", "4.0", "CommerceML"})
    void anUnknownVersionFailsAtTheRootAsForTheCatalogue(String version) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"" + version
                + "\">\n<Документ><Ид>d</Ид></Документ></КоммерческаяИнформация>";

        try (DocumentReader reader = new DocumentReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, reader::hasNext);

            assertEquals(2, error.getLine());
            assertTrue(error.getMessage().contains("unsupported CommerceML version ВерсияСхемы=\"" + version + "\""),
                    error.getMessage());
        }
    }

    @ParameterizedTest(name = "ВерсияСхемы=\"{0}\"")
    @ValueSource(strings = {"2.03", "2.04", "2.05", "2.07", "2.08", "2.09", "2.10", "3.1"})
    void knownVersionsAreRead(String version) throws IOException {
        String xml = "<КоммерческаяИнформация ВерсияСхемы=\"" + version + "\"><Документ><Ид>d</Ид></Документ>"
                + "</КоммерческаяИнформация>";

        try (DocumentReader reader = new DocumentReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            assertInstanceOf(Readable.class, reader.next());
            assertFalse(reader.hasNext());
            assertEquals(version, reader.schemaVersion());
        }
    }

    @Test
    void aFileThatIsNotCommerceMlFailsAtTheRoot() throws IOException {
        try (DocumentReader reader = new DocumentReader(new ByteArrayInputStream(
                "<Orders><Документ/></Orders>".getBytes(StandardCharsets.UTF_8)))) {
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, reader::hasNext);
            assertTrue(error.getMessage().contains("not a CommerceML document"), error.getMessage());
        }
    }
}

package ru.erp.crm.integration.onec.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.erp.crm.integration.onec.documents.DocumentXml.document;
import static ru.erp.crm.integration.onec.documents.DocumentXml.file;
import static ru.erp.crm.integration.onec.documents.DocumentXml.read;
import static ru.erp.crm.integration.onec.documents.DocumentXml.readable;
import static ru.erp.crm.integration.onec.documents.DocumentXml.requisite;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.erp.crm.integration.onec.commerceml.Samples;
import ru.erp.crm.integration.onec.documents.DocumentElement.Readable;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.boundary.OneCDocument.Kind;
import ru.erp.crm.sales.boundary.OneCDocument.OneCStatus;

class DocumentReaderFieldsTest {

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(textBlock = """
            Заказ товара,                 ORDER
            ЗаказТовара,                  ORDER
            '  заказ ТОВАРА ',            ORDER
            Счет на оплату,               INVOICE
            Счёт на оплату покупателю,    INVOICE
            Отпуск товара,                SHIPMENT
            Реализация товаров,           SHIPMENT
            Реализация товаров и услуг,   SHIPMENT
            Возврат товара,               OTHER
            """)
    void theKindComesFromTheOperation(String operation, Kind kind) throws IOException {
        OneCDocument document = readable(document("<Ид>d</Ид><ХозОперация>" + operation + "</ХозОперация>"));

        assertEquals(kind, document.kind());
        assertEquals(operation.strip(), document.operation());
    }

    @Test
    void aDocumentWithoutOperationIsOther() throws IOException {
        assertEquals(Kind.OTHER, readable(document("<Ид>d</Ид>")).kind());
    }

    @Test
    void everyStatusRequisiteIsRead() throws IOException {
        OneCDocument document = readable(document("<Ид>d</Ид><ЗначенияРеквизитов>"
                + requisite("Проведен", "true")
                + requisite("Заказ оплачен", "Да")
                + requisite("Дата оплаты", "11.02.2021 18:45:21")
                + requisite("Номер платежного документа", "ПП-17")
                + requisite("Доставка разрешена", "НЕТ")
                + requisite("Отменен", "False")
                + requisite("Финальный статус", "TRUE")
                + requisite("Статус заказа", "[F] Выполнен")
                + requisite("Номер отгрузки", "РТ-5")
                + requisite("Дата отгрузки", "2021-02-12T10:00:00")
                + "</ЗначенияРеквизитов>"));

        assertEquals(new OneCStatus(true, true, LocalDate.of(2021, 2, 11), "ПП-17", false, false, true, "[F] Выполнен",
                "РТ-5", LocalDate.of(2021, 2, 12)), document.status());
    }

    @Test
    void theBitrixNamesWithPo1cAreReadToo() throws IOException {
        OneCDocument document = readable(document("<Ид>d</Ид><ЗначенияРеквизитов>"
                + requisite("Дата оплаты по 1С", "2021-02-11")
                + requisite("Номер оплаты по 1С", "77")
                + requisite("Номер отгрузки по 1С", "РТ-9")
                + requisite("Дата отгрузки по 1С", "12.02.2021")
                + "</ЗначенияРеквизитов>"));

        assertEquals(new OneCStatus(null, null, LocalDate.of(2021, 2, 11), "77", null, null, null, null,
                "РТ-9", LocalDate.of(2021, 2, 12)), document.status());
    }

    @Test
    void aDocumentWithoutRequisitesHasNoStatus() throws IOException {
        assertEquals(OneCStatus.none(), readable(document("<Ид>d</Ид>")).status());
    }

    @Test
    void requisitesOfALineAreNotTheDocumentsAndTheFirstOfARepeatedOneWins() throws IOException {
        OneCDocument document = readable(document("<Ид>d</Ид><Товары><Товар><Ид>p</Ид><ЗначенияРеквизитов>"
                + requisite("Отменен", "true") + "</ЗначенияРеквизитов></Товар></Товары><ЗначенияРеквизитов>"
                + requisite("Статус заказа", "первый") + requisite("  статус   ЗАКАЗА ", "второй")
                + "</ЗначенияРеквизитов>"));

        assertNull(document.status().cancelled());
        assertEquals("первый", document.status().statusText());
    }

    @Test
    void theBuyerIsTheCounterpartyInTheBuyersRoleWhereverItStands() throws IOException {
        OneCDocument document = readable(document("<Ид>d</Ид><Контрагенты>"
                + "<Контрагент><Ид>seller</Ид><Наименование>Мы</Наименование><Роль>Продавец</Роль></Контрагент>"
                + "<Контрагент><Ид>buyer</Ид><Наименование>ООО «Ромашка»</Наименование><ИНН>7701234567</ИНН>"
                + "<КПП>770101001</КПП><Роль>покупатель</Роль></Контрагент></Контрагенты>"));

        assertEquals("buyer", document.buyer().externalId());
        assertEquals("7701234567", document.buyer().inn());
        assertEquals("770101001", document.buyer().kpp());
        assertFalse(document.buyer().person());
        assertTrue(document.buyer().position().endsWith("/Документ[1]/Контрагенты/Контрагент[2]"),
                document.buyer().position());
    }

    @Test
    void withoutABuyersRoleTheFirstCounterpartyIsTheBuyerAndWithoutAnyThereIsNone() throws IOException {
        assertEquals("first", readable(document("<Ид>d</Ид><Контрагенты><Контрагент><Ид>first</Ид></Контрагент>"
                + "<Контрагент><Ид>second</Ид></Контрагент></Контрагенты>")).buyer().externalId());
        assertNull(readable(document("<Ид>d</Ид>")).buyer());
    }

    @Test
    void theBaseNumberAndTheDeletionMarkAreRead() throws IOException {
        OneCDocument plain = readable(document("<Ид>d</Ид><Основание>132</Основание><ПометкаУдаления>true</ПометкаУдаления>"));
        OneCDocument nested = readable(document("<Ид>d</Ид><Основание><Ид>x</Ид><Номер>133</Номер></Основание>"));

        assertEquals("132", plain.baseNumber());
        assertTrue(plain.deleted());
        assertEquals("133", nested.baseNumber());
        assertFalse(nested.deleted());
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(textBlock = """
            20,           20
            20%,          20
            10/110,       10
            '18 / 118',   18
            0,            0
            Без налога,
            без НДС,
            БезНДС,
            НДС не облагается,
            """)
    void theVatRateOfALineComesFromItsRates(String rate, BigDecimal expected) throws IOException {
        OneCDocument document = readable(document("<Ид>d</Ид><Товары><Товар><Ид>p</Ид><СтавкиНалогов>"
                + "<СтавкаНалога><Наименование>Акциз</Наименование><Ставка>5</Ставка></СтавкаНалога>"
                + "<СтавкаНалога><Наименование>НДС</Наименование><Ставка>" + rate + "</Ставка></СтавкаНалога>"
                + "</СтавкиНалогов></Товар></Товары>"));

        assertEquals(expected, document.lines().get(0).vatRate());
    }

    @Test
    void withoutRatesTheVatRateComesFromTheLinesTaxes() throws IOException {
        OneCDocument document = readable(document("<Ид>d</Ид><Товары><Товар><Ид>p</Ид><Налоги><Налог>"
                + "<Наименование>НДС</Наименование><УчтеноВСумме>true</УчтеноВСумме><Сумма>20</Сумма><Ставка>20</Ставка>"
                + "</Налог></Налоги><Сумма>120</Сумма></Товар></Товары>"));

        assertEquals(new BigDecimal("20"), document.lines().get(0).vatRate());
        assertEquals(new BigDecimal("120"), document.lines().get(0).amount(), "the tax's Сумма is not the line's");
    }

    @Test
    void aLineReadsTrimmedValuesAndLenientNumbers() throws IOException {
        OneCDocument document = readable(document("<Ид>d</Ид><Товары><Товар><Ид> p#c </Ид><Артикул> A-1 </Артикул>"
                + "<Наименование>Стол</Наименование><БазоваяЕдиница Код=\"796 \">шт</БазоваяЕдиница>"
                + "<ЦенаЗаЕдиницу>1 234,50</ЦенаЗаЕдиницу><Количество>2</Количество><Сумма>2469.00</Сумма>"
                + "</Товар></Товары>"));

        assertEquals(new OneCDocument.Line("p#c", "A-1", "Стол", "796", new BigDecimal("1234.50"), new BigDecimal("2"),
                new BigDecimal("2469.00"), null), document.lines().get(0));
    }

    @Test
    void containersOfVersion3AreOpenedAndSubordinateDocumentsAreNotDocumentsOfTheirOwn() throws IOException {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_3\" ВерсияСхемы=\"3.1\">\n"
                + "<Контейнер>\n<Документ><Ид>order</Ид><ХозОперация>Заказ товара</ХозОперация>"
                + "<ПодчиненныеДокументы><ПодчиненныйДокумент><Ид>sub</Ид></ПодчиненныйДокумент></ПодчиненныеДокументы>"
                + "</Документ>\n<Документ><Ид>pay</Ид><ХозОперация>Выплата безналичных денег</ХозОперация></Документ>\n"
                + "</Контейнер>\n<Контейнер>\n<Документ><Ид>ship</Ид><ХозОперация>Отпуск товара</ХозОперация>"
                + "<Основание>order</Основание></Документ>\n</Контейнер>\n</КоммерческаяИнформация>";

        List<OneCDocument> documents = Samples.readAll(xml.getBytes(StandardCharsets.UTF_8), DocumentReader::new).stream()
                .map(element -> ((Readable) element).document()).toList();

        assertEquals(List.of("order", "pay", "ship"), documents.stream().map(OneCDocument::externalId).toList());
        assertEquals(List.of(Kind.ORDER, Kind.OTHER, Kind.SHIPMENT), documents.stream().map(OneCDocument::kind).toList());
        assertEquals("line 8: /КоммерческаяИнформация/Контейнер[2]/Документ[1]", documents.get(2).position());
    }

    @Test
    void aDocumentNestedAnywhereElseIsNotRead() throws IOException {
        assertEquals(List.of(), read(file("<Каталог><Документ><Ид>x</Ид></Документ></Каталог>\n")));
    }
}

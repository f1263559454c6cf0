package ru.erp.crm.integration.onec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.document;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.product;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.read;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.single;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;
import ru.erp.crm.catalog.boundary.CatalogElement.PropertyValue;
import ru.erp.crm.catalog.boundary.CatalogElement.Requisite;
import ru.erp.crm.catalog.boundary.CatalogElement.Unreadable;

class CatalogReaderProductTest {

    @Test
    void everyFieldOfA2xProduct() throws IOException {
        // Shaped after import0_1.xml of the 2.07 BSP export, with nested Ид/Наименование that must not leak.
        String xml = product("""
                <Ид>bd8c4e15-18f9-11e7-80c2-0cc47ab29cd1</Ид>
                <Штрихкод>8809288404089</Штрихкод>
                <Артикул> PM-421-WP </Артикул>
                <Наименование>Портативный коврик Portable 140x200x1 см</Наименование>
                <БазоваяЕдиница Код="796 " НаименованиеПолное="Штука" МеждународноеСокращение="PCE">
                  <Пересчет><Единица>796</Единица><Коэффициент>1</Коэффициент></Пересчет>
                </БазоваяЕдиница>
                <Группы><Ид>g1</Ид><Ид>g2</Ид></Группы>
                <Описание><![CDATA[Мягкий <b>коврик</b>]]></Описание>
                <Изготовитель><Ид>maker</Ид><Наименование>Crazy Boom</Наименование></Изготовитель>
                <ЗначенияСвойств>
                  <ЗначенияСвойства><Ид>weight</Ид><Значение>1,4</Значение></ЗначенияСвойства>
                  <ЗначенияСвойства><Ид>colors</Ид><Значение>red</Значение><Значение>blue</Значение></ЗначенияСвойства>
                  <ЗначенияСвойства><Ид>ozon</Ид><Значение/></ЗначенияСвойства>
                </ЗначенияСвойств>
                <СтавкиНалогов><СтавкаНалога><Наименование>НДС</Наименование><Ставка>20</Ставка></СтавкаНалога></СтавкиНалогов>
                <ЗначенияРеквизитов>
                  <ЗначениеРеквизита><Наименование>ВидНоменклатуры</Наименование><Значение>Товар</Значение></ЗначениеРеквизита>
                  <ЗначениеРеквизита><Наименование>Вес</Наименование><Значение/></ЗначениеРеквизита>
                </ЗначенияРеквизитов>
                """);

        assertEquals(new Product("bd8c4e15-18f9-11e7-80c2-0cc47ab29cd1", "PM-421-WP",
                "Портативный коврик Portable 140x200x1 см", "Мягкий <b>коврик</b>", List.of("g1", "g2"),
                "796", "Штука", new BigDecimal("20"), "20", "8809288404089", false,
                List.of(new PropertyValue("weight", "1,4"), new PropertyValue("colors", "red"),
                        new PropertyValue("colors", "blue"), new PropertyValue("ozon", null)),
                List.of(new Requisite("ВидНоменклатуры", "Товар"), new Requisite("Вес", null)),
                "line 4: /КоммерческаяИнформация/Каталог/Товары/Товар[1]"), single(xml));
    }

    @Test
    void positionCountsProducts() throws IOException {
        String xml = document("<Каталог><Товары>\n<Товар><Ид>a</Ид></Товар>\n<Товар><Ид>b</Ид></Товар>\n</Товары></Каталог>\n");

        assertEquals(List.of("line 4: /КоммерческаяИнформация/Каталог/Товары/Товар[1]",
                        "line 5: /КоммерческаяИнформация/Каталог/Товары/Товар[2]"),
                read(xml).stream().map(CatalogElement::position).toList());
    }

    @Test
    void unitWithShortNameAsText() throws IOException {
        // the 2.04 single-line export: <БазоваяЕдиница Код="796" НаименованиеПолное="Штука" ...>шт</БазоваяЕдиница>
        Product withFullName = (Product) single(product("<Ид>p</Ид><БазоваяЕдиница Код=\"796\" НаименованиеПолное=\"Штука\">шт</БазоваяЕдиница>"));
        Product textOnly = (Product) single(product("<Ид>p</Ид><БазоваяЕдиница Код=\"796 \">шт</БазоваяЕдиница>"));

        assertEquals("Штука", withFullName.unitName());
        assertEquals("796", textOnly.unitCode());
        assertEquals("шт", textOnly.unitName());
    }

    @Test
    void unitAs3xReferenceByCode() throws IOException {
        Product product = (Product) single(product("<Ид>p</Ид><БазоваяЕдиница>796 </БазоваяЕдиница>"));

        assertEquals("796", product.unitCode());
        assertNull(product.unitName());
    }

    @ParameterizedTest(name = "Ставка «{0}»")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            20         | 20   | 20
            18%        | 18   | 18%
            10,5       | 10.5 | 10,5
            0          | 0    | 0
            20/120     | 20   | 20/120
            Без НДС    | null | Без НДС
            без налога | null | без налога
            """)
    void vatRates(String written, BigDecimal rate, String label) throws IOException {
        Product product = (Product) single(product("<Ид>p</Ид><СтавкиНалогов><СтавкаНалога><Наименование>НДС</Наименование>"
                + "<Ставка>" + written + "</Ставка></СтавкаНалога></СтавкиНалогов>"));

        assertEquals(rate, product.vatRate());
        assertEquals(label, product.vatLabel());
    }

    @Test
    void onlyTheVatRateCounts() throws IOException {
        Product product = (Product) single(product("""
                <Ид>p</Ид><СтавкиНалогов>
                  <СтавкаНалога><Наименование>Акциз</Наименование><Ставка>5</Ставка></СтавкаНалога>
                  <СтавкаНалога><Наименование>НДС</Наименование><Ставка>10</Ставка></СтавкаНалога>
                </СтавкиНалогов>
                """));

        assertEquals(new BigDecimal("10"), product.vatRate());
    }

    @Test
    void noTaxesMeansNoVat() throws IOException {
        Product product = (Product) single(product("<Ид>p</Ид>"));

        assertNull(product.vatRate());
        assertNull(product.vatLabel());
        assertTrue(product.groupExternalIds().isEmpty());
        assertTrue(product.propertyValues().isEmpty());
        assertTrue(product.requisites().isEmpty());
        assertFalse(product.deleted());
    }

    @Test
    void aVatRateThatIsNotOneMakesTheProductUnreadable() throws IOException {
        CatalogElement element = single(product("<Ид>p</Ид><СтавкиНалогов><СтавкаНалога><Наименование>НДС</Наименование>"
                + "<Ставка>двадцать</Ставка></СтавкаНалога></СтавкиНалогов>"));

        assertEquals(new Unreadable("p", "СтавкаНалога/Ставка is not a VAT rate: 'двадцать'",
                "line 4: /КоммерческаяИнформация/Каталог/Товары/Товар[1]"), element);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3.x element                     | <Ид>p</Ид><ПометкаУдаления>true</ПометкаУдаления>  |                       | true
            3.x element, not deleted        | <Ид>p</Ид><ПометкаУдаления>false</ПометкаУдаления> |                       | false
            2.x status attribute            | <Ид>p</Ид>                                         | ' Статус="Удален"'    | true
            status element                  | <Ид>p</Ид><Статус>Удален</Статус>                  |                       | true
            deletion mark attribute         | <Ид>p</Ид>                                         | ' ПометкаУдаления="true"' | true
            """)
    void deletionMarks(String description, String children, String attributes, boolean deleted) throws IOException {
        String xml = document("<Каталог><Товары><Товар" + (attributes == null ? "" : attributes) + ">" + children
                + "</Товар></Товары></Каталог>");

        assertEquals(deleted, ((Product) single(xml)).deleted(), description);
    }

    @Test
    void aProductWithoutIdIsUnreadableAndTheNextOneIsRead() throws IOException {
        String xml = document("<Каталог><Товары>\n<Товар><Наименование>Без Ид</Наименование></Товар>\n"
                + "<Товар><Ид>next</Ид></Товар>\n</Товары></Каталог>\n");

        List<CatalogElement> elements = read(xml);

        assertEquals(new Unreadable(null, "Товар has no Ид", "line 4: /КоммерческаяИнформация/Каталог/Товары/Товар[1]"),
                elements.get(0));
        assertEquals("next", elements.get(1).externalId());
    }

    @Test
    void aPropertyValueWithoutIdMakesTheProductUnreadable() throws IOException {
        CatalogElement element = single(product("<Ид>p</Ид><ЗначенияСвойств><ЗначенияСвойства><Значение>x</Значение>"
                + "</ЗначенияСвойства></ЗначенияСвойств>"));

        assertEquals("ЗначенияСвойства has no Ид", ((Unreadable) element).reason());
    }

    @Test
    void orderLinesAreNotProducts() throws IOException {
        String xml = document("""
                <Документ><Ид>1</Ид><Товары>
                  <Товар><Ид>p</Ид><Наименование>Ванна</Наименование><ЦенаЗаЕдиницу>100</ЦенаЗаЕдиницу></Товар>
                </Товары></Документ>
                """);

        assertTrue(read(xml).isEmpty());
    }
}

package ru.erp.crm.integration.onec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.document;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.offer;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.read;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.single;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Offer;
import ru.erp.crm.catalog.boundary.CatalogElement.Price;
import ru.erp.crm.catalog.boundary.CatalogElement.Stock;
import ru.erp.crm.catalog.boundary.CatalogElement.Unreadable;

class CatalogReaderOfferTest {

    private static final String POSITION = "line 4: /КоммерческаяИнформация/ПакетПредложений/Предложения/Предложение[1]";

    @Test
    void characteristicOfferWithPricesAndPerOfferStock() throws IOException {
        // Shaped after offers0_1.xml of the 2.07 BSP export.
        String xml = offer("""
                <Ид>bd8c4e15-18f9-11e7-80c2-0cc47ab29cd1#8a4e5ea9-d129-11e8-8112-0050569b2b72</Ид>
                <Артикул>PM-421-WP</Артикул>
                <Наименование>Коврик (красный)</Наименование>
                <БазоваяЕдиница Код="796 " НаименованиеПолное="Штука"/>
                <ХарактеристикиТовара><ХарактеристикаТовара><Наименование>Цвет</Наименование><Значение>красный</Значение></ХарактеристикаТовара></ХарактеристикиТовара>
                <Цены>
                  <Цена><Представление> 100 RUB за PCE</Представление><ИдТипаЦены>base</ИдТипаЦены>
                    <ЦенаЗаЕдиницу>100</ЦенаЗаЕдиницу><Валюта>RUB</Валюта><Единица>PCE</Единица><Коэффициент>1</Коэффициент></Цена>
                  <Цена><ИдТипаЦены>opt</ИдТипаЦены><ЦенаЗаЕдиницу>1 234,50</ЦенаЗаЕдиницу><Валюта>руб</Валюта></Цена>
                </Цены>
                <Количество>377</Количество>
                <Склад ИдСклада="vvo" КоличествоНаСкладе="1"/>
                <Склад ИдСклада="msk" КоличествоНаСкладе="376"/>
                """);

        assertEquals(new Offer("bd8c4e15-18f9-11e7-80c2-0cc47ab29cd1#8a4e5ea9-d129-11e8-8112-0050569b2b72",
                "Коврик (красный)", "PM-421-WP",
                List.of(new Price("base", new BigDecimal("100"), "RUB", "PCE"),
                        new Price("opt", new BigDecimal("1234.50"), "руб", null)),
                List.of(new Stock("vvo", new BigDecimal("1")), new Stock("msk", new BigDecimal("376"))),
                new BigDecimal("377"), POSITION), single(xml));
    }

    @Test
    void stockInTheRestsShape() throws IOException {
        // Shaped after rests___*.xml of the 2.09 split export and rests.xml of 3.1.
        String xml = offer("""
                <Ид>p#c</Ид>
                <Остатки>
                  <Остаток><Склад><Ид>vvo</Ид><Количество>1</Количество></Склад></Остаток>
                  <Остаток><Склад><Ид>msk</Ид><Количество>0,5</Количество></Склад></Остаток>
                </Остатки>
                """);

        Offer offer = (Offer) single(xml);

        assertEquals(List.of(new Stock("vvo", new BigDecimal("1")), new Stock("msk", new BigDecimal("0.5"))), offer.stock());
        assertNull(offer.prices(), "a rests file says nothing about prices");
        assertNull(offer.totalQuantity());
    }

    @Test
    void aRestWithoutWarehouseIsTheTotal() throws IOException {
        Offer offer = (Offer) single(offer("<Ид>p</Ид><Остатки><Остаток><Количество>12</Количество></Остаток></Остатки>"));

        assertEquals(new BigDecimal("12"), offer.totalQuantity());
        assertNull(offer.stock());
    }

    @Test
    void aPricesFileSaysNothingAboutStockAndAnEmptyЦеныIsNoPrices() throws IOException {
        Offer prices = (Offer) single(offer("<Ид>p</Ид><Цены><Цена><ИдТипаЦены>t</ИдТипаЦены><ЦенаЗаЕдиницу>2042.66</ЦенаЗаЕдиницу>"
                + "<Валюта>руб</Валюта><Налог><Наименование>НДС</Наименование></Налог></Цена></Цены>"));
        Offer empty = (Offer) single(offer("<Ид>p</Ид><Цены/>"));

        assertEquals(List.of(new Price("t", new BigDecimal("2042.66"), "руб", null)), prices.prices());
        assertNull(prices.stock());
        assertTrue(empty.prices().isEmpty());
    }

    @Test
    void anEmptyUnitPriceIsPriceOnRequestAndLeftOut() throws IOException {
        // the 2.04 single-line export: <Представление>Уточните у менеджера</Представление>...<ЦенаЗаЕдиницу/>
        Offer offer = (Offer) single(offer("<Ид>p</Ид><Цены><Цена><Представление>Уточните у менеджера</Представление>"
                + "<ИдТипаЦены>t</ИдТипаЦены><ЦенаЗаЕдиницу/></Цена></Цены><Количество>4</Количество>"));

        assertTrue(offer.prices().isEmpty());
        assertEquals(new BigDecimal("4"), offer.totalQuantity());
    }

    @Test
    void aPriceThatIsNotANumberMakesTheOfferUnreadableAndTheFileGoesOn() throws IOException {
        String xml = document("<ПакетПредложений><Предложения>\n"
                + "<Предложение><Ид>p1</Ид><Цены><Цена><ИдТипаЦены>t</ИдТипаЦены><ЦенаЗаЕдиницу>по запросу</ЦенаЗаЕдиницу></Цена></Цены></Предложение>\n"
                + "<Предложение><Ид>p2</Ид><Цены><Цена><ИдТипаЦены>t</ИдТипаЦены><ЦенаЗаЕдиницу>10</ЦенаЗаЕдиницу></Цена></Цены></Предложение>\n"
                + "</Предложения></ПакетПредложений>\n");

        List<CatalogElement> elements = read(xml);

        assertEquals(new Unreadable("p1", "ЦенаЗаЕдиницу is not a number: 'по запросу'", POSITION), elements.get(0));
        assertEquals("p2", ((Offer) elements.get(1)).externalId());
    }

    @Test
    void unreadableStockNamesTheFieldOfItsShape() throws IOException {
        assertEquals("КоличествоНаСкладе of Склад vvo is not a number: 'много'",
                ((Unreadable) single(offer("<Ид>p</Ид><Склад ИдСклада=\"vvo\" КоличествоНаСкладе=\"много\"/>"))).reason());
        assertEquals("Количество of Склад msk is not a number: '1,2,3'",
                ((Unreadable) single(offer("<Ид>p</Ид><Остатки><Остаток><Склад><Ид>msk</Ид><Количество>1,2,3</Количество>"
                        + "</Склад></Остаток></Остатки>"))).reason());
        assertEquals("Склад has no ИдСклада",
                ((Unreadable) single(offer("<Ид>p</Ид><Склад КоличествоНаСкладе=\"1\"/>"))).reason());
        assertEquals("Количество is not a number: 'n/a'",
                ((Unreadable) single(offer("<Ид>p</Ид><Количество>n/a</Количество>"))).reason());
    }

    @Test
    void aPriceWithoutPriceTypeMakesTheOfferUnreadable() throws IOException {
        assertEquals(new Unreadable("p", "Цена has no ИдТипаЦены", POSITION),
                single(offer("<Ид>p</Ид><Цены><Цена><ЦенаЗаЕдиницу>10</ЦенаЗаЕдиницу></Цена></Цены>")));
    }

    @Test
    void anOfferWithoutIdIsUnreadable() throws IOException {
        assertEquals(new Unreadable(null, "Предложение has no Ид", POSITION),
                single(offer("<Наименование>Без Ид</Наименование><Цены/>")));
    }

    @Test
    void offersInsideA3xContainer() throws IOException {
        String xml = document("<Контейнер><ПакетПредложений><Предложения><Предложение><Ид>p</Ид></Предложение>"
                + "</Предложения></ПакетПредложений></Контейнер>");

        assertEquals("line 3: /КоммерческаяИнформация/Контейнер[1]/ПакетПредложений/Предложения/Предложение[1]",
                single(xml).position());
    }
}

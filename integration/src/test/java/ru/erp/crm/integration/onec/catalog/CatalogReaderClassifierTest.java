package ru.erp.crm.integration.onec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.document;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.read;
import static ru.erp.crm.integration.onec.catalog.CatalogXml.single;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Group;
import ru.erp.crm.catalog.boundary.CatalogElement.PriceType;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;
import ru.erp.crm.catalog.boundary.CatalogElement.Property;
import ru.erp.crm.catalog.boundary.CatalogElement.PropertyChoice;
import ru.erp.crm.catalog.boundary.CatalogElement.Unreadable;
import ru.erp.crm.catalog.boundary.CatalogElement.Warehouse;

class CatalogReaderClassifierTest {

    private static final String ROOT = "/КоммерческаяИнформация/Классификатор/Группы/";

    @Test
    void nestedGroupsComeParentFirstWithTheirParentsId() throws IOException {
        String xml = document("""
                <Классификатор>
                  <Ид>cls</Ид>
                  <Группы>
                    <Группа>
                      <Ид>g1</Ид><Наименование>Ванны</Наименование>
                      <Группы>
                        <Группа><Ид>g1.1</Ид><Наименование>Акриловые</Наименование></Группа>
                        <Группа>
                          <Ид>g1.2</Ид><ПометкаУдаления>true</ПометкаУдаления><Наименование>Чугунные</Наименование>
                          <Группы><Группа><Ид>g1.2.1</Ид><Наименование>Старые</Наименование></Группа></Группы>
                        </Группа>
                      </Группы>
                    </Группа>
                    <Группа><Ид>g2</Ид><Наименование>Насосы</Наименование></Группа>
                  </Группы>
                </Классификатор>
                """);

        assertEquals(List.of(
                new Group("g1", null, "Ванны", false, "line 6: " + ROOT + "Группа[1]"),
                new Group("g1.1", "g1", "Акриловые", false, "line 9: " + ROOT + "Группа[1]/Группы/Группа[1]"),
                new Group("g1.2", "g1", "Чугунные", true, "line 10: " + ROOT + "Группа[1]/Группы/Группа[2]"),
                new Group("g1.2.1", "g1.2", "Старые", false,
                        "line 12: " + ROOT + "Группа[1]/Группы/Группа[2]/Группы/Группа[1]"),
                new Group("g2", null, "Насосы", false, "line 16: " + ROOT + "Группа[2]")), read(xml));
    }

    @Test
    void aGroupWithoutIdIsUnreadableAndSoAreItsChildrenButNotItsSiblings() throws IOException {
        String xml = document("""
                <Классификатор><Группы>
                  <Группа><Наименование>Без Ид</Наименование>
                    <Группы><Группа><Ид>child</Ид><Наименование>Дочерняя</Наименование></Группа></Группы>
                  </Группа>
                  <Группа><Ид>ok</Ид><Наименование>Соседняя</Наименование></Группа>
                </Группы></Классификатор>
                """);

        List<CatalogElement> elements = read(xml);

        assertEquals(new Unreadable(null, "Группа has no Ид before its end or its nested Группы",
                "line 4: " + ROOT + "Группа[1]"), elements.get(0));
        assertEquals(new Unreadable("child", "the parent Группа has no Ид",
                "line 5: " + ROOT + "Группа[1]/Группы/Группа[1]"), elements.get(1));
        assertEquals(new Group("ok", null, "Соседняя", false, "line 7: " + ROOT + "Группа[2]"), elements.get(2));
    }

    @Test
    void aProductsGroupReferenceIsNotAGroup() throws IOException {
        String xml = CatalogXml.product("<Ид>p</Ид><Группы><Ид>g1</Ид></Группы>");

        assertEquals(List.of("g1"), ((Product) single(xml)).groupExternalIds());
    }

    @Test
    void propertyWithReferenceValuesIn2xShape() throws IOException {
        String xml = document("""
                <Классификатор><Свойства>
                  <Свойство>
                    <Ид>color</Ид><НомерВерсии>AAA=</НомерВерсии><Наименование>Цвет</Наименование>
                    <ТипЗначений>Справочник</ТипЗначений>
                    <ВариантыЗначений>
                      <Справочник><ИдЗначения>red</ИдЗначения><Значение>Красный</Значение></Справочник>
                      <Справочник><ИдЗначения>blue</ИдЗначения><Значение>Синий</Значение></Справочник>
                    </ВариантыЗначений>
                  </Свойство>
                  <Свойство><Ид>weight</Ид><Наименование>Вес</Наименование><ТипЗначений>Число</ТипЗначений></Свойство>
                </Свойства></Классификатор>
                """);

        assertEquals(List.of(
                new Property("color", "Цвет", "Справочник",
                        List.of(new PropertyChoice("red", "Красный"), new PropertyChoice("blue", "Синий")),
                        "line 4: /КоммерческаяИнформация/Классификатор/Свойства/Свойство[1]"),
                new Property("weight", "Вес", "Число", List.of(),
                        "line 12: /КоммерческаяИнформация/Классификатор/Свойства/Свойство[2]")), read(xml));
    }

    @Test
    void propertyInTheOlderShapeWithTypeAndChoicesOneWrapperDeeper() throws IOException {
        String xml = document("""
                <Классификатор><Свойства><Свойство>
                  <Ид>maker</Ид><Наименование>Производитель</Наименование>
                  <ТипЗначений><ТипЗначения><Тип>Справочник</Тип>
                    <ВариантыЗначений>
                      <ВариантЗначения><Ид>sony</Ид><Значение>Sony</Значение></ВариантЗначения>
                      <ВариантЗначения><Ид>pentax</Ид><Значение>Pentax</Значение></ВариантЗначения>
                    </ВариантыЗначений>
                  </ТипЗначения></ТипЗначений>
                </Свойство></Свойства></Классификатор>
                """);

        Property property = (Property) single(xml);

        assertEquals("Справочник", property.valueType());
        assertEquals(List.of(new PropertyChoice("sony", "Sony"), new PropertyChoice("pentax", "Pentax")), property.choices());
    }

    @Test
    void propertyAsUt10WritesItUnderТипыЗначений() throws IOException {
        String xml = document("""
                <Классификатор><Свойства><Свойство>
                  <Ид>maker</Ид><Наименование>Производитель</Наименование>
                  <ТипыЗначений><ТипЗначений><Тип>Справочник</Тип><Описание>Значения свойств объектов</Описание>
                    <ВариантыЗначений><ВариантЗначения><Ид>sony</Ид><Значение>Sony</Значение></ВариантЗначения></ВариантыЗначений>
                  </ТипЗначений></ТипыЗначений>
                </Свойство></Свойства></Классификатор>
                """);

        assertEquals(new Property("maker", "Производитель", "Справочник", List.of(new PropertyChoice("sony", "Sony")),
                "line 3: /КоммерческаяИнформация/Классификатор/Свойства/Свойство[1]"), single(xml));
    }

    @Test
    void plainChoicesWithoutIdentifiers() throws IOException {
        String xml = document("""
                <Классификатор><Свойства><Свойство><Ид>size</Ид><Наименование>Размер</Наименование>
                  <ВариантыЗначений><Значение>S</Значение><Значение>M</Значение></ВариантыЗначений>
                </Свойство></Свойства></Классификатор>
                """);

        assertEquals(List.of(new PropertyChoice(null, "S"), new PropertyChoice(null, "M")),
                ((Property) single(xml)).choices());
    }

    @Test
    void aСвойствоOutsideTheClassifierIsNotAProperty() throws IOException {
        String xml = CatalogXml.product("""
                <Ид>p</Ид>
                <ЗначенияСвойств>
                  <ЗначенияСвойства><Ид>color</Ид><Значение>red</Значение></ЗначенияСвойства>
                  <Свойство><Ид>stray</Ид><Наименование>Не классификатор</Наименование></Свойство>
                </ЗначенияСвойств>
                """);

        assertEquals("p", single(xml).externalId());
    }

    @Test
    void priceTypesOfTheClassifierAndOfTheOffersPackage() throws IOException {
        String xml = document("""
                <Классификатор><ТипыЦен>
                  <ТипЦены><Ид>retail</Ид><Наименование>Розничная</Наименование><Валюта>RUB</Валюта>
                    <Налог><Наименование>НДС</Наименование><УчтеноВСумме>true</УчтеноВСумме></Налог></ТипЦены>
                </ТипыЦен></Классификатор>
                <ПакетПредложений><ТипыЦен>
                  <ТипЦены><Ид>opt</Ид><Наименование>Оптовая</Наименование><Валюта>643</Валюта></ТипЦены>
                </ТипыЦен></ПакетПредложений>
                """);

        assertEquals(List.of(
                new PriceType("retail", "Розничная", "RUB", "line 4: /КоммерческаяИнформация/Классификатор/ТипыЦен/ТипЦены[1]"),
                new PriceType("opt", "Оптовая", "643", "line 8: /КоммерческаяИнформация/ПакетПредложений/ТипыЦен/ТипЦены[1]")),
                read(xml));
    }

    @Test
    void warehouseDefinitionsButNotPerOfferStock() throws IOException {
        String xml = document("""
                <Классификатор><Склады><Склад><Ид>msk</Ид><Наименование>Москва</Наименование><Комментарий/></Склад></Склады></Классификатор>
                <ПакетПредложений>
                  <Склады><Склад><Ид>vvo</Ид><Наименование>Владивосток</Наименование></Склад></Склады>
                  <Предложения><Предложение><Ид>p</Ид><Склад ИдСклада="vvo" КоличествоНаСкладе="3"/></Предложение></Предложения>
                </ПакетПредложений>
                """);

        List<CatalogElement> elements = read(xml);

        assertEquals(new Warehouse("msk", "Москва", "line 3: /КоммерческаяИнформация/Классификатор/Склады/Склад[1]"),
                elements.get(0));
        assertEquals(new Warehouse("vvo", "Владивосток", "line 5: /КоммерческаяИнформация/ПакетПредложений/Склады/Склад[1]"),
                elements.get(1));
        assertEquals(3, elements.size(), "the third is the offer, not a warehouse: " + elements);
    }

    @Test
    void definitionsWithoutIdAreUnreadableAndTheFileGoesOn() throws IOException {
        String xml = document("""
                <Классификатор>
                  <Свойства><Свойство><Наименование>Без Ид</Наименование></Свойство></Свойства>
                  <ТипыЦен><ТипЦены><Наименование>Без Ид</Наименование></ТипЦены></ТипыЦен>
                  <Склады><Склад><Ид> </Ид><Наименование>Пустой Ид</Наименование></Склад><Склад><Ид>ok</Ид></Склад></Склады>
                </Классификатор>
                """);

        assertEquals(List.of(
                new Unreadable(null, "Свойство has no Ид", "line 4: /КоммерческаяИнформация/Классификатор/Свойства/Свойство[1]"),
                new Unreadable(null, "ТипЦены has no Ид", "line 5: /КоммерческаяИнформация/Классификатор/ТипыЦен/ТипЦены[1]"),
                new Unreadable(null, "Склад has no Ид", "line 6: /КоммерческаяИнформация/Классификатор/Склады/Склад[1]"),
                new Warehouse("ok", null, "line 6: /КоммерческаяИнформация/Классификатор/Склады/Склад[2]")), read(xml));
    }
}

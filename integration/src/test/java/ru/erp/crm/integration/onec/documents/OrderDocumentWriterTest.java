package ru.erp.crm.integration.onec.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.erp.crm.integration.onec.documents.Dom.child;
import static ru.erp.crm.integration.onec.documents.Dom.children;
import static ru.erp.crm.integration.onec.documents.Dom.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import ru.erp.crm.integration.onec.commerceml.Samples;
import ru.erp.crm.integration.onec.documents.DocumentElement.Readable;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.boundary.OneCDocument.Kind;
import ru.erp.crm.sales.boundary.OneCDocument.OneCStatus;
import ru.erp.crm.sales.boundary.OrderDocument;
import ru.erp.crm.sales.boundary.OrderDocument.Buyer;
import ru.erp.crm.sales.boundary.OrderDocument.Line;
import ru.erp.crm.sales.boundary.OrderDocument.OrderState;

class OrderDocumentWriterTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-02-12T14:03:19Z"), MOSCOW);
    /** Characters windows-1251 has (№, €) next to one it has not (an emoji, outside the BMP too). */
    private static final String AWKWARD = "Бар «№1» € \uD83D\uDE00";

    private final OrderDocumentWriter writer = new OrderDocumentWriter(CLOCK);

    @Test
    void twoOrdersAreReadBackByTheDocumentReader() throws IOException {
        List<OneCDocument> documents = readBack(write(List.of(companyOrder(), personOrder()), WINDOWS_1251));

        assertEquals(2, documents.size());
        OneCDocument company = documents.get(0);
        assertEquals("8f1c2b9e-0000-4000-8000-000000000001", company.externalId());
        assertEquals("CRM-1001", company.number());
        assertEquals(LocalDate.of(2021, 2, 11), company.date());
        assertEquals(LocalTime.of(18, 45, 21), company.time());
        assertEquals(Kind.ORDER, company.kind());
        assertEquals("руб", company.currency());
        assertEquals(new BigDecimal("1234567.89"), company.amount());
        assertEquals("c-42", company.buyer().externalId());
        assertEquals("ООО «Ромашка»", company.buyer().name());
        assertEquals("7701234567", company.buyer().inn());
        assertEquals("770101001", company.buyer().kpp());
        assertFalse(company.buyer().person());
        assertEquals("г. Москва, ул. Тверская, 1", company.buyer().legalAddress());
        assertEquals(List.of(
                new OneCDocument.Line("p-1#c-2", "ST-1", "Стол", "796", new BigDecimal("1000000.00"),
                        new BigDecimal("1.000"), new BigDecimal("999850.00"), new BigDecimal("20")),
                new OneCDocument.Line(null, null, "Доставка", null, new BigDecimal("234567.89"),
                        new BigDecimal("1"), new BigDecimal("234567.89"), null)), company.lines());
        assertEquals(new OneCStatus(null, true, null, null, true, false, false, "[P] Оплачен", null, null),
                company.status());

        OneCDocument person = documents.get(1);
        assertEquals(AWKWARD, person.buyer().name());
        assertTrue(person.buyer().person());
        assertNull(person.buyer().kpp());
        assertEquals(new OneCStatus(null, false, null, null, false, true, true, "Отменен", null, null), person.status());
    }

    @Test
    void theSameBytesParsedAsDomCarryTheProtocolsFixedValues() throws Exception {
        Element root = Dom.root(write(List.of(companyOrder(), personOrder()), WINDOWS_1251));

        assertEquals("2.05", root.getAttribute("ВерсияСхемы"));
        assertEquals("2021-02-12T17:03:19", root.getAttribute("ДатаФормирования"), "the clock's local time");
        List<Element> documents = children(root, "Документ");
        assertEquals(2, documents.size());
        Element company = documents.get(0);
        assertEquals("Заказ товара", text(company, "ХозОперация"));
        assertEquals("Продавец", text(company, "Роль"));
        assertEquals("1", text(company, "Курс"));
        assertEquals("1234567.89", text(company, "Сумма"), "a point and no grouping");
        assertEquals("Покупатель", text(child(child(company, "Контрагенты"), "Контрагент"), "Роль"));
        Element vat = child(child(company, "Налоги"), "Налог");
        assertEquals(List.of("НДС", "true", "166666.67"),
                List.of(text(vat, "Наименование"), text(vat, "УчтеноВСумме"), text(vat, "Сумма")));
        Element table = children(child(company, "Товары"), "Товар").get(0);
        Element unit = child(table, "БазоваяЕдиница");
        assertEquals("796", unit.getAttribute("Код"));
        assertEquals("шт", unit.getTextContent());
        Element discount = child(child(table, "Скидки"), "Скидка");
        assertEquals("150.00", text(discount, "Сумма"), "the percentage of price × quantity, in money");
        assertEquals("0.015", text(discount, "Процент"));
        assertEquals("166666.67", text(child(child(table, "Налоги"), "Налог"), "Сумма"));
        assertEquals(Map.of("ВидНоменклатуры", "Товар", "ТипНоменклатуры", "Товар"), requisites(table));
        Element delivery = children(child(company, "Товары"), "Товар").get(1);
        assertEquals("Без налога", text(child(child(delivery, "СтавкиНалогов"), "СтавкаНалога"), "Ставка"));
        assertNull(child(delivery, "Скидки"), "no discount, no Скидки");
        assertNull(child(delivery, "БазоваяЕдиница"), "no unit, no БазоваяЕдиница");
        assertNull(child(delivery, "Ид"), "a free line has no product Ид");
        assertEquals(List.of("Заказ оплачен", "Доставка разрешена", "Отменен", "Финальный статус", "Статус заказа",
                "Дата изменения статуса"), List.copyOf(requisites(company).keySet()));
        assertEquals("11.02.2021 18:45:21", requisites(company).get("Дата изменения статуса"), "as 1C-Bitrix writes it");
        assertNull(child(documents.get(1), "Налоги"), "no VAT, no Налоги");
        assertNull(child(child(child(documents.get(1), "Контрагенты"), "Контрагент"), "КПП"), "a person has no КПП");
    }

    @Test
    void charactersWindows1251LacksBecomeCharacterReferencesNeverQuestionMarks() throws Exception {
        byte[] answer = write(List.of(personOrder()), WINDOWS_1251);
        String text = new String(answer, WINDOWS_1251);

        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"windows-1251\"?>"), text);
        assertEquals(-1, text.indexOf('?', text.indexOf("?>") + 2), "no '?' after the declaration");
        assertTrue(text.contains("Бар «№1» € &#x1f600;"), text);
        assertEquals(AWKWARD, text(child(child(children(Dom.root(answer), "Документ").get(0), "Контрагенты"), "Контрагент"),
                "Наименование"));
    }

    @Test
    void utf8IsWrittenAsUtf8() throws Exception {
        byte[] answer = write(List.of(personOrder()), StandardCharsets.UTF_8);
        String text = new String(answer, StandardCharsets.UTF_8);

        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertTrue(text.contains(AWKWARD), "the emoji needs no reference in UTF-8");
        assertEquals(AWKWARD, readBack(answer).get(0).buyer().name());
    }

    @Test
    void withoutACharsetTheAnswerIsWindows1251() throws Exception {
        String text = new String(write(List.of(), null), WINDOWS_1251);

        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"windows-1251\"?>"), text);
    }

    @Test
    void charactersXmlForbidsAreLeftOut() throws Exception {
        OrderDocument order = personOrder();
        OrderDocument withControl = new OrderDocument(order.orderId(), order.guid(), order.version(), order.number(),
                order.date(), order.time(), order.currency(), order.total(), order.vatTotal(), order.buyer(), order.lines(),
                "звонить\u0001 после\u000B 18", order.state());

        assertEquals("звонить после 18", text(children(Dom.root(write(List.of(withControl), WINDOWS_1251)), "Документ").get(0),
                "Комментарий"));
    }

    @Test
    void noOrdersGiveTheRootAloneWithTheAttributesOfARealEmptyAnswer() throws Exception {
        Element ours = Dom.root(write(List.of(), WINDOWS_1251));
        Element real = Dom.root(Samples.bytes("2.05/site-query-response/orders-empty.xml"));

        assertEquals(real.getTagName(), ours.getTagName());
        assertTrue(children(ours, null).isEmpty() && ours.getTextContent().isBlank(), "nothing inside the root");
        Map<String, String> ourAttributes = attributes(ours);
        Map<String, String> realAttributes = attributes(real);
        ourAttributes.remove("ДатаФормирования");
        realAttributes.remove("ДатаФормирования");
        assertEquals(realAttributes, ourAttributes);
    }

    @Test
    void everyElementWrittenIsOneARealOrdersFileHasOrOneTheProtocolDescribes() throws Exception {
        TreeSet<String> real = new TreeSet<>();
        for (String sample : List.of("2.05/site-query-response/orders-full.xml", "2.03/official-protocol-examples/from.xml",
                "2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml")) {
            paths(Dom.root(Samples.bytes(sample)), "", real);
        }
        TreeSet<String> ours = new TreeSet<>();
        paths(Dom.root(write(List.of(companyOrder(), personOrder()), WINDOWS_1251)), "", ours);

        ours.removeAll(real);
        // The samples' buyers are private persons and their lines have no discount: these come from the schema.
        assertEquals(new TreeSet<>(List.of(
                "/КоммерческаяИнформация/Документ/Контрагенты/Контрагент/ИНН",
                "/КоммерческаяИнформация/Документ/Контрагенты/Контрагент/КПП",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Налоги",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Налоги/Налог",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Налоги/Налог/Наименование",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Налоги/Налог/Ставка",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Налоги/Налог/Сумма",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Налоги/Налог/УчтеноВСумме",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Скидки",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Скидки/Скидка",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Скидки/Скидка/Наименование",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Скидки/Скидка/Сумма",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Скидки/Скидка/Процент",
                "/КоммерческаяИнформация/Документ/Товары/Товар/Скидки/Скидка/УчтеноВСумме")), ours);
    }

    private byte[] write(List<OrderDocument> orders, Charset charset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(orders, charset, out);
        return out.toByteArray();
    }

    private static List<OneCDocument> readBack(byte[] answer) throws IOException {
        List<OneCDocument> documents = new ArrayList<>();
        try (DocumentReader reader = new DocumentReader(new ByteArrayInputStream(answer))) {
            reader.forEachRemaining(element -> documents.add(((Readable) element).document()));
        }
        return documents;
    }

    static OrderDocument companyOrder() {
        return new OrderDocument(1001, "8f1c2b9e-0000-4000-8000-000000000001", 3, "CRM-1001", LocalDate.of(2021, 2, 11),
                LocalTime.of(18, 45, 21), "RUB", new BigDecimal("1234567.89"), new BigDecimal("166666.67"),
                new Buyer("c-42", "ООО «Ромашка»", "Общество с ограниченной ответственностью «Ромашка»", "7701234567",
                        "770101001", false, "г. Москва, ул. Тверская, 1"),
                List.of(new Line("p-1#c-2", "ST-1", "Стол", "796", "шт", new BigDecimal("1000000.00"), new BigDecimal("1.000"),
                                new BigDecimal("0.015"), new BigDecimal("999850.00"), new BigDecimal("20.00"),
                                new BigDecimal("166666.67")),
                        new Line(null, null, "Доставка", null, null, new BigDecimal("234567.89"), BigDecimal.ONE, null,
                                new BigDecimal("234567.89"), null, null)),
                "Позвонить до доставки",
                new OrderState("[P] Оплачен", false, true, true, Instant.parse("2021-02-11T15:45:21Z")));
    }

    static OrderDocument personOrder() {
        return new OrderDocument(1002, "8f1c2b9e-0000-4000-8000-000000000002", 1, "CRM-1002", LocalDate.of(2021, 2, 12),
                LocalTime.of(9, 11, 4), "руб", new BigDecimal("500.00"), null,
                new Buyer("c-43", AWKWARD, "Петров Пётр", null, null, true, null),
                List.of(new Line("p-2", null, "Кружка", "796", "шт", new BigDecimal("250.00"), new BigDecimal("2"), null,
                        new BigDecimal("500.00"), null, null)),
                null, new OrderState("Отменен", true, false, false, null));
    }

    private static void paths(Element element, String parent, TreeSet<String> into) {
        String path = parent + "/" + element.getLocalName();
        into.add(path);
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                paths(child, path, into);
            }
        }
    }

    private static Map<String, String> requisites(Element owner) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element requisite : children(child(owner, "ЗначенияРеквизитов"), "ЗначениеРеквизита")) {
            values.put(text(requisite, "Наименование"), text(requisite, "Значение"));
        }
        return values;
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> values = new LinkedHashMap<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            values.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
        }
        return values;
    }
}

package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A whole 1C catalogue conversation over HTTP against the real server, with a real BSP export
 * ({@code 2.07/bsp-obmen-s-saitom}): checkauth → init → import.xml (1.2 MB, 283 products in nested
 * groups) in chunks → offers.xml as a zip
 * with a picture → import with progress until success → the products, prices and stock are in the
 * CRM, the journal shows the messages, and the same files sent again change nothing. And the
 * orders half ({@code type=sale}): a confirmed order is handed out by {@code query} until 1C says
 * {@code success}, and 1C's document with its status changes comes back onto the order, once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteExchangeIT {

    private static final Path SAMPLES = Path.of(System.getProperty("crm.samples.dir"), "commerceml");
    /** The later export of the same base: the offers below belong to its products. */
    private static final Path IMPORT = SAMPLES.resolve("2.07/bsp-obmen-s-saitom/import0_1_with_nested_groups.xml");
    private static final Path OFFERS = SAMPLES.resolve("2.07/bsp-obmen-s-saitom/offers0_1.xml");
    /** The demo channel's answers are windows-1251, as 1C expects by default. */
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    private final Api erp = Api.as("erpadmin");

    @Test
    void aFullCatalogueConversationLandsEveryProductOnceWithItsPricesAndStock() throws Exception {
        Document catalogue = parse(IMPORT);
        Document offers = parse(OFFERS);
        Set<String> productIds = new LinkedHashSet<>(childTexts(catalogue, "Товар", "Ид"));
        productIds.addAll(childTexts(offers, "Предложение", "Ид"));
        Element firstOffer = (Element) elements(offers, "Предложение").item(0);
        String firstId = childText(firstOffer, "Ид");
        BigDecimal firstPrice = new BigDecimal(childText((Element) elements(offers, "Цена").item(0), "ЦенаЗаЕдиницу"));

        OneCClient onec = new OneCClient(WINDOWS_1251);
        OneCClient.Answer auth = onec.checkAuth("catalog", "erp1c", "demo");
        assertEquals("success", auth.first(), "checkauth: " + auth);
        assertTrue(auth.lines().size() >= 3, "cookie name and value follow: " + auth);
        assertTrue(auth.lines().stream().anyMatch(l -> l.startsWith("sessid=")), "Bitrix-style sessid line: " + auth);

        OneCClient.Answer init = onec.get("type=catalog&mode=init&version=2.07");
        assertTrue(init.lines().contains("zip=yes"), "init: " + init);
        assertTrue(init.lines().stream().anyMatch(l -> l.startsWith("file_limit=")), "init: " + init);
        assertTrue(init.lines().contains("version=2.07"), "init: " + init);

        byte[] importBytes = Files.readAllBytes(IMPORT);
        int chunk = importBytes.length / 3 + 1;
        for (int from = 0; from < importBytes.length; from += chunk) {
            byte[] part = Arrays.copyOfRange(importBytes, from, Math.min(importBytes.length, from + chunk));
            assertEquals("success", onec.file("catalog", "import0_1.xml", part).first());
        }
        assertEquals("success", onec.file("catalog", "offers.zip", zipOf(OFFERS, "offers0_1.xml")).first());

        OneCClient.Answer first = onec.importFile("catalog", "import0_1.xml");
        assertEquals("progress", first.first(), "the first import call only journals the file: " + first);
        assertEquals("success", importUntilDone(onec, "import0_1.xml").first());
        OneCClient.Answer offersDone = importUntilDone(onec, "offers0_1.xml");
        assertEquals("success", offersDone.first(), "offers: " + offersDone);
        assertEquals("success", onec.get("type=catalog&mode=complete").first());

        JsonObject product = product(firstId);
        assertEquals(0, firstPrice.compareTo(product.getJsonArray("prices").getJsonObject(0).getJsonNumber("unitPrice").bigDecimalValue()),
                "price of " + firstId + ": " + product);
        assertTrue(!product.getJsonArray("stock").isEmpty(), "stock per warehouse: " + product);
        long total = productTotal();
        assertEquals(productIds.size(), total, "every product of the files, once");

        OneCClient again = new OneCClient(WINDOWS_1251);
        assertEquals("success", again.checkAuth("catalog", "erp1c", "demo").first());
        again.get("type=catalog&mode=init");
        assertEquals("success", again.file("catalog", "import0_1.xml", importBytes).first());
        OneCClient.Answer resent = importUntilDone(again, "import0_1.xml");
        assertEquals("success", resent.first(), "a re-sent catalogue: " + resent);
        assertEquals(total, productTotal(), "no duplicates from a re-sent catalogue");

        JsonObject journal = Api.json(erp.get("exchange/messages", Map.of("channel", "1c-site")));
        assertTrue(journal.getInt("total") >= 2, "both files are journaled: " + journal);
    }

    @Test
    void aSaleConversationHandsAConfirmedOrderTo1CUntilSuccessAndTakesItsStatusBack() throws Exception {
        Api manager = Api.as("manager");
        JsonObject customer = Customers.organizationIn(manager, "KEY");
        JsonObject order = confirmedOrder(manager, customer.getJsonNumber("id").longValue());
        String guid = order.getString("guid");
        String number = order.getString("number");

        OneCClient onec = new OneCClient(WINDOWS_1251);
        assertEquals("success", onec.checkAuth("sale", "erp1c", "demo").first());
        assertTrue(onec.get("type=sale&mode=init").lines().contains("zip=yes"));
        Element handedOut = documentWithId(onec.document("type=sale&mode=query"), guid);
        assertEquals(number, childText(handedOut, "Номер"));
        assertEquals(0, new BigDecimal("3000.00").compareTo(new BigDecimal(childText(handedOut, "Сумма"))));
        assertEquals(customer.getString("inn"), childText((Element) handedOut.getElementsByTagNameNS("*", "Контрагент").item(0), "ИНН"));

        OneCClient unconfirmed = new OneCClient(WINDOWS_1251);
        assertEquals("success", unconfirmed.checkAuth("sale", "erp1c", "demo").first());
        documentWithId(unconfirmed.document("type=sale&mode=query"), guid);
        OneCClient.Answer success = unconfirmed.get("type=sale&mode=success");
        assertEquals("success", success.first(), "success: " + success);
        Document afterSuccess = xml(onec.document("type=sale&mode=query"));
        assertTrue(documentsWithId(afterSuccess, guid).isEmpty(), "an order 1C confirmed is not handed out again");
        assertEquals(Long.valueOf(order.getJsonNumber("version").longValue()),
                Long.valueOf(order(manager, order).getJsonObject("oneC").getJsonNumber("exportedVersion").longValue()));

        byte[] statusFile = statusChangeFrom1C(guid, number).getBytes(StandardCharsets.UTF_8);
        String fileName = "orders-" + guid + "_1.xml";
        int half = statusFile.length / 2;
        assertEquals("success", onec.file("sale", fileName, Arrays.copyOfRange(statusFile, 0, half)).first());
        OneCClient.Answer received = onec.file("sale", fileName, Arrays.copyOfRange(statusFile, half, statusFile.length));
        assertEquals("success", received.first(), "sale file: " + received);
        JsonObject updated = awaitOrder(manager, order, o -> o.getJsonObject("oneC").getBoolean("paid"));
        JsonObject oneC = updated.getJsonObject("oneC");
        assertEquals("ТК000000026", oneC.getString("paymentNumber"));
        assertEquals("РТУ-000123", oneC.getString("shipmentNumber"));
        assertEquals("2026-11-20", oneC.getString("shipmentDate"));
        assertTrue(oneC.getBoolean("posted"));

        int events = history(manager, order);
        OneCClient again = new OneCClient(WINDOWS_1251);
        assertEquals("success", again.checkAuth("sale", "erp1c", "demo").first());
        assertEquals("success", again.file("sale", fileName, statusFile).first());
        Thread.sleep(2000);
        assertEquals(events, history(manager, order), "the same file from 1C again changes nothing");
        JsonObject journal = Api.json(erp.get("exchange/messages", Map.of("kind", "1c-documents", "size", 100)));
        assertEquals(1, journal.getJsonArray("items").stream()
                .filter(m -> fileName.equals(m.asJsonObject().getString("sourceName"))).count(), "journaled once: " + journal);
    }

    @Test
    void wrongCredentialsAndPathsOutsideTheSessionFolderAreRefused() throws Exception {
        OneCClient onec = new OneCClient(WINDOWS_1251);
        OneCClient.Answer refused = onec.checkAuth("catalog", "erp1c", "wrong");
        assertEquals(401, refused.status());
        assertEquals("failure", refused.first());
        assertEquals("failure", onec.get("type=catalog&mode=init").first(), "no session without checkauth");

        assertEquals("success", onec.checkAuth("catalog", "erp1c", "demo").first());
        OneCClient.Answer traversal = onec.file("catalog", "../../escape.xml", "<x/>".getBytes(WINDOWS_1251));
        assertEquals("failure", traversal.first());
        assertTrue(traversal.lines().get(1).contains("escape.xml"), "the refusal names the file: " + traversal);
        OneCClient.Answer missing = onec.importFile("catalog", "never-sent.xml");
        assertEquals("failure", missing.first());
        assertTrue(missing.lines().get(1).contains("never-sent.xml"), missing.toString());
    }

    private static JsonObject confirmedOrder(Api manager, long customerId) {
        String draft = Json.createObjectBuilder().add("customerId", customerId).add("comment", "1C sale conversation")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Монтаж оборудования").add("unitCode", "796").add("unitName", "шт")
                        .add("quantity", 2).add("price", new BigDecimal("1500.00")).add("vatRate", 20)))
                .build().toString();
        JsonObject created = created(manager.post("sales/orders", draft));
        String version = Json.createObjectBuilder().add("version", created.getJsonNumber("version").longValue()).build().toString();
        return created(manager.post("sales/orders/" + created.getJsonNumber("id") + "/confirm", version));
    }

    private static JsonObject created(Response response) {
        String body = response.readEntity(String.class);
        assertTrue(response.getStatus() == 200 || response.getStatus() == 201, response.getStatus() + " " + body);
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonObject order(Api api, JsonObject order) {
        return Api.json(api.get("sales/orders/" + order.getJsonNumber("id")));
    }

    private static int history(Api api, JsonObject order) {
        return Api.json(api.get("sales/orders/" + order.getJsonNumber("id") + "/history")).getInt("total");
    }

    private static JsonObject awaitOrder(Api api, JsonObject order, Predicate<JsonObject> done)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject current = order(api, order);
        while (!done.test(current) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            current = order(api, order);
        }
        assertTrue(done.test(current), "1C's status did not reach the order: " + current);
        return current;
    }

    /** 1C's answer as a BSP configuration writes it (orders-<guid>_1.xml, UTF-8 with a BOM). */
    private static String statusChangeFrom1C(String guid, String number) {
        return "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
                + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.07\" ДатаФормирования=\"2026-11-20T10:00:00\">\r\n"
                + "<Документ><Ид>" + guid + "</Ид><Номер>" + number + "</Номер><Дата>2026-11-20</Дата>"
                + "<ХозОперация>Заказ товара</ХозОперация><Роль>Продавец</Роль><Валюта>643</Валюта><Курс>1</Курс>"
                + "<Сумма>3000.00</Сумма><Время>10:00:00</Время>"
                + "<ЗначенияРеквизитов>"
                + requisite("Проведен", "true") + requisite("Заказ оплачен", "true")
                + requisite("Дата оплаты", "2026-11-19 15:44:47") + requisite("Номер платежного документа", "ТК000000026")
                + requisite("Доставка разрешена", "true") + requisite("Отменен", "false")
                + requisite("Финальный статус", "false") + requisite("Статус заказа", "[P] Оплачен")
                + requisite("Номер отгрузки по 1С", "РТУ-000123") + requisite("Дата отгрузки по 1С", "2026-11-20")
                + "</ЗначенияРеквизитов></Документ>\r\n</КоммерческаяИнформация>\r\n";
    }

    private static String requisite(String name, String value) {
        return "<ЗначениеРеквизита><Наименование>" + name + "</Наименование><Значение>" + value
                + "</Значение></ЗначениеРеквизита>";
    }

    private static Element documentWithId(byte[] answer, String guid) throws Exception {
        List<Element> found = documentsWithId(xml(answer), guid);
        assertEquals(1, found.size(), "order " + guid + " in the query answer:\n" + new String(answer, WINDOWS_1251));
        return found.get(0);
    }

    private static List<Element> documentsWithId(Document answer, String guid) {
        List<Element> found = new ArrayList<>();
        NodeList documents = elements(answer, "Документ");
        for (int i = 0; i < documents.getLength(); i++) {
            Element document = (Element) documents.item(i);
            if (guid.equals(childText(document, "Ид"))) {
                found.add(document);
            }
        }
        return found;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static OneCClient.Answer importUntilDone(OneCClient onec, String file) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        OneCClient.Answer answer = onec.importFile("catalog", file);
        while ("progress".equals(answer.first()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            answer = onec.importFile("catalog", file);
        }
        return answer;
    }

    private JsonObject product(String externalId) {
        JsonObject page = Api.json(erp.get("products", Map.of("externalId", externalId)));
        assertEquals(1, page.getInt("total"), "product " + externalId + ": " + page);
        return page.getJsonArray("items").getJsonObject(0);
    }

    private long productTotal() {
        return Api.json(erp.get("products", Map.of("size", 1))).getJsonNumber("total").longValue();
    }

    private static byte[] zipOf(Path file, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(Files.readAllBytes(file));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("import_files/bd/bd8c4e15.jpg"));
            zip.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static NodeList elements(Document document, String localName) {
        return document.getElementsByTagNameNS("*", localName);
    }

    private static Set<String> childTexts(Document document, String element, String child) {
        Set<String> texts = new LinkedHashSet<>();
        NodeList list = elements(document, element);
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(childText((Element) list.item(i), child));
        }
        return texts;
    }

    private static String childText(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError(parent.getLocalName() + " has no " + localName);
    }
}

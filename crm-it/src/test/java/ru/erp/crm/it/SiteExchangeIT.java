package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
 * CRM, the journal shows the messages, and the same files sent again change nothing.
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

package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The 1C folder route on the real server: real CommerceML files from ../shared/samples/1c are
 * dropped into the inbox and their counterparties land in the customer base exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CounterpartyImportIT {

    private static final Path INBOX = Path.of(System.getProperty("crm.it.inbox"));
    private static final String CHANNEL = "1c-folder";
    private static final Path SAMPLES = Path.of(System.getProperty("crm.samples.dir"), "commerceml");
    private static final List<String> FILES_WITH_COUNTERPARTIES = List.of(
            "2.03/official-protocol-examples/to.xml",
            "2.03/official-protocol-examples/from.xml",
            "2.05/site-query-response/orders-full.xml",
            "2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    private final Api erp = Api.as("erpadmin");

    @Test
    void realSamplesImportEachCounterpartyOnceAndAResentFileChangesNothing() throws Exception {
        Set<String> guids = new HashSet<>();
        for (String file : FILES_WITH_COUNTERPARTIES) {
            guids.addAll(counterpartyGuids(SAMPLES.resolve(file)));
        }
        long before = importedCount();
        for (String file : FILES_WITH_COUNTERPARTIES) {
            drop(SAMPLES.resolve(file), file.replace('/', '_'));
        }
        awaitInboxEmpty();
        assertEquals(before + guids.size(), importedCount(), "one customer per distinct 1C Ид " + guids);

        drop(SAMPLES.resolve(FILES_WITH_COUNTERPARTIES.get(0)), "resent.xml");
        awaitInboxEmpty();
        assertEquals(before + guids.size(), importedCount());
    }

    @Test
    void requisitesAreMatchedByGuidThenInnKppAndInvalidElementsAreReported() throws Exception {
        String inn = TestRequisites.organizationInn();
        String guid = java.util.UUID.randomUUID().toString();
        Files.createDirectories(INBOX);
        write("first.xml", commerceMl(counterparty(guid, "ООО «Из 1С»", inn, "770101001")
                + counterparty(java.util.UUID.randomUUID().toString(), "ООО «Ошибка ИНН»", "7707083894", "770101001")));
        awaitInboxEmpty();
        JsonObject found = Api.json(erp.get("customers", Map.of("inn", inn)));
        assertEquals(1, found.getInt("total"));
        JsonObject card = Api.json(erp.get("customers/" + found.getJsonArray("items").getJsonObject(0).getInt("id")));
        assertEquals(guid, card.getJsonArray("externalIds").getJsonObject(0).getString("value"));
        assertEquals(0, Api.json(erp.get("customers", Map.of("inn", "7707083894"))).getInt("total"),
                "an element with a wrong INN is refused, the others applied");
        JsonObject message = journaled("first.xml");
        assertEquals("PARTLY_APPLIED", message.getString("status"), message.toString());
        assertEquals(1, message.getInt("applied"));
        assertEquals(1, message.getInt("failed"));
        JsonObject failure = message.getJsonArray("errors").getJsonObject(0);
        assertTrue(failure.getString("position").startsWith("line "), failure.toString());
        assertTrue(failure.getString("reason").contains("inn"), failure.toString());
        assertEquals(403, Api.as("manager").get("exchange/messages").getStatus());

        write("renamed.xml", commerceMl(counterparty(guid, "ООО «Из 1С, новое имя»", inn, "770101001")));
        awaitInboxEmpty();
        JsonObject after = Api.json(erp.get("customers", Map.of("inn", inn)));
        assertEquals(1, after.getInt("total"), "the same Ид updates, never duplicates");
        assertEquals("ООО «Из 1С, новое имя»", after.getJsonArray("items").getJsonObject(0).getString("name"));
    }

    @Test
    void aMergedRecordsGuidLandsOnTheSurvivor() throws Exception {
        String inn = TestRequisites.organizationInn();
        String guid = java.util.UUID.randomUUID().toString();
        write("merge-source.xml", commerceMl(counterparty(guid, "ООО «Сливаемое»", inn, "770101001")));
        awaitInboxEmpty();
        int importedId = Api.json(erp.get("customers", Map.of("inn", inn))).getJsonArray("items").getJsonObject(0).getInt("id");
        Api admin = Api.as("admin");
        JsonObject survivor = Customers.organizationIn(admin, "KEY");
        assertEquals(200, admin.post("customers/merge",
                "{\"survivorId\":" + survivor.getInt("id") + ",\"mergedId\":" + importedId + "}").getStatus());

        write("after-merge.xml", commerceMl(counterparty(guid, "ООО «Сливаемое»", null, null)));
        awaitInboxEmpty();
        JsonObject card = Api.json(admin.get("customers/" + survivor.getInt("id")));
        assertEquals(guid, card.getJsonArray("externalIds").getJsonObject(0).getString("value"));
        assertEquals(0, Api.json(admin.get("customers", Map.of("inn", inn))).getInt("total"),
                "no new record was created for the merged GUID");
    }

    @Test
    void aBrokenFileIsMovedAsideWithItsReasonAndChangesNothing() throws Exception {
        long before = importedCount();
        String inn = TestRequisites.organizationInn();
        String xml = commerceMl(counterparty(java.util.UUID.randomUUID().toString(), "ООО «Обрыв»", inn, "770101001"));
        write("broken.xml", xml.substring(0, xml.length() - 40));
        awaitInboxEmpty();
        assertEquals(before, importedCount());
        assertEquals(0, Api.json(erp.get("customers", Map.of("inn", inn))).getInt("total"),
                "the well-formed counterparty before the break was not applied either");
        Path failed = INBOX.resolve(".failed");
        try (Stream<Path> files = Files.list(failed)) {
            Path reason = files.filter(p -> p.getFileName().toString().startsWith("broken.xml")
                    && p.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
            assertTrue(Files.readString(reason).contains("line"), Files.readString(reason));
        }
        JsonObject message = journaled("broken.xml");
        assertEquals("DEAD_LETTERED", message.getString("status"), "the journal keeps the refused file");
        assertTrue(message.getString("position").startsWith("line "), message.toString());
        assertEquals(0, message.getInt("applied"));
    }

    private long importedCount() {
        return Api.json(erp.get("customers", Map.of("category", "FROM_1C", "size", 1))).getJsonNumber("total").longValue();
    }

    private static void drop(Path sample, String name) throws IOException {
        Files.createDirectories(INBOX);
        Path partial = INBOX.resolve(name + ".part");
        Files.copy(sample, partial);
        Files.move(partial, INBOX.resolve(name));
    }

    private static void write(String name, String xml) throws IOException {
        Files.createDirectories(INBOX);
        Path partial = INBOX.resolve(name + ".part");
        Files.writeString(partial, xml, StandardCharsets.UTF_8);
        Files.move(partial, INBOX.resolve(name));
    }

    /**
     * The folder route moves each file to .done or .failed once it is journaled; the import route
     * has finished when no message of the folder channel is waiting or in work.
     */
    private void awaitInboxEmpty() throws InterruptedException {
        await(() -> {
            try (Stream<Path> files = Files.list(INBOX)) {
                return files.noneMatch(p -> p.toString().endsWith(".xml")) && inWork("RECEIVED") == 0 && inWork("PROCESSING") == 0;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private long inWork(String status) {
        return Api.json(erp.get("exchange/messages", Map.of("channel", CHANNEL, "status", status, "size", 1)))
                .getJsonNumber("total").longValue();
    }

    /** The newest journal message of the folder channel with that source name, with its errors. */
    private JsonObject journaled(String source) {
        JsonObject list = Api.json(erp.get("exchange/messages", Map.of("channel", CHANNEL, "q", source)));
        long id = list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        return Api.json(erp.get("exchange/messages/" + id));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for the inbox route");
            }
            Thread.sleep(250);
        }
    }

    /** Distinct Ид of Контрагенты/Контрагент, computed with DOM independently of the importer. */
    private static Set<String> counterpartyGuids(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList all = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS("*", "Контрагент");
        Set<String> guids = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element counterparty = (Element) all.item(i);
            if ("Контрагенты".equals(counterparty.getParentNode().getLocalName())) {
                NodeList ids = counterparty.getElementsByTagNameNS("*", "Ид");
                guids.add(ids.item(0).getTextContent().strip());
            }
        }
        return guids;
    }

    private static String commerceMl(String counterparties) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.08\" ДатаФормирования=\"2026-11-23\">\n"
                + "<Контрагенты>\n" + counterparties + "</Контрагенты>\n</КоммерческаяИнформация>\n";
    }

    private static String counterparty(String guid, String name, String inn, String kpp) {
        return "<Контрагент><Ид>" + guid + "</Ид><Наименование>" + name + "</Наименование>"
                + (inn == null ? "" : "<ИНН>" + inn + "</ИНН>") + (kpp == null ? "" : "<КПП>" + kpp + "</КПП>")
                + "<Роль>Покупатель</Роль></Контрагент>\n";
    }
}

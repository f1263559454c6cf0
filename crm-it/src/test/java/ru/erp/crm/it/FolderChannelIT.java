package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

/**
 * Channels drive routes at run time: an ERP administrator creates a FOLDER_DROP channel through the
 * API and enables it, a route appears (no restart) and a real 1C catalogue dropped into its folder
 * lands in the catalogue; disabling the channel removes the route and the folder is left alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FolderChannelIT {

    private static final Path SAMPLES = Path.of(System.getProperty("crm.samples.dir"), "commerceml");
    private static final Path CATALOGUE = SAMPLES.resolve("2.08/ns-commerceml_210/import.xml");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Over two runs of the channel supervisor. */
    private static final Duration SETTLED = Duration.ofSeconds(5);
    /** Four poll intervals of the channel: a running route would have taken the file by then. */
    private static final Duration POLLS_OF_A_DISABLED_CHANNEL = Duration.ofSeconds(4);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    private final Api erp = Api.as("erpadmin");

    @Test
    void enablingAFolderChannelStartsItsRouteAndDisablingStopsIt() throws Exception {
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("crm.it.inbox")).getParent(), "drop-");
        int routesBefore = settledRouteCount();
        Response created = erp.post("exchange/channels", """
                {"code": "drop-%d", "name": "Папка 1С", "kind": "FOLDER_DROP", "folder": "%s",
                 "pollIntervalSeconds": 1, "encoding": "UTF-8", "catalogueMode": "ALWAYS_PARTIAL"}"""
                .formatted(System.nanoTime() % 1_000_000, folder.toString().replace("\\", "/")));
        String body = created.readEntity(String.class);
        assertEquals(201, created.getStatus(), body);
        long id = Json.createReader(new StringReader(body)).readObject().getJsonNumber("id").longValue();

        assertEquals(200, erp.post("exchange/channels/" + id + "/enable", "{}").getStatus());
        await("the channel's route starts", () -> camelRoutes() == routesBefore + 1);

        String productId = firstProductId(CATALOGUE);
        Files.copy(CATALOGUE, folder.resolve("import.xml"));
        await("the dropped catalogue is applied", () -> productCount(productId) == 1);
        assertTrue(Files.isDirectory(folder.resolve(".done")), "the file is moved to .done/");

        assertEquals(200, erp.post("exchange/channels/" + id + "/disable", "{}").getStatus());
        await("the channel's route is removed", () -> camelRoutes() == routesBefore);
        Files.copy(CATALOGUE, folder.resolve("import.xml"));
        Thread.sleep(POLLS_OF_A_DISABLED_CHANNEL.toMillis());
        assertTrue(Files.exists(folder.resolve("import.xml")), "a disabled channel leaves its folder alone");
    }

    @Test
    void otherRolesCannotSeeOrChangeChannels() {
        try (Api manager = Api.as("manager")) {
            assertEquals(403, manager.get("exchange/channels").getStatus());
            assertEquals(403, manager.post("exchange/channels", "{\"code\":\"x\"}").getStatus());
        }
    }

    /**
     * The route count once the channel supervisor has caught up after the deployment: it adds the
     * routes of channels other tests left enabled within its first runs (every 2 s), so the count
     * is taken when it has stayed the same for {@link #SETTLED}.
     */
    private int settledRouteCount() throws InterruptedException {
        int count = camelRoutes();
        Instant stableSince = Instant.now();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Duration.between(stableSince, Instant.now()).compareTo(SETTLED) < 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the route count did not settle");
            }
            Thread.sleep(500);
            int now = camelRoutes();
            if (now != count) {
                count = now;
                stableSince = Instant.now();
            }
        }
        return count;
    }

    private int camelRoutes() {
        JsonObject health;
        try (Api anonymous = Api.anonymous()) {
            health = Api.json(anonymous.get("health"));
        }
        String detail = health.getJsonObject("checks").getJsonObject("camel").getString("detail");
        return Integer.parseInt(detail.replaceAll("\\D.*", ""));
    }

    private long productCount(String externalId) {
        return Api.json(erp.get("products", Map.of("externalId", externalId))).getJsonNumber("total").longValue();
    }

    private static String firstProductId(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element product = (Element) factory.newDocumentBuilder().parse(file.toFile())
                .getElementsByTagNameNS("*", "Товар").item(0);
        return Stream.iterate(product.getFirstChild(), n -> n != null, n -> n.getNextSibling())
                .filter(n -> n instanceof Element e && "Ид".equals(e.getLocalName()))
                .findFirst().orElseThrow().getTextContent().strip();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(250);
        }
    }
}

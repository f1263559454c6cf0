package ru.erp.crm.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;

class ExchangeChannelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static List<String> missingFields(ExchangeChannel channel) {
        return channel.missingSettings().stream().map(Violation::field).toList();
    }

    @Test
    void aOneCSiteNeedsALoginAndAPassword() {
        ExchangeChannel site = new ExchangeChannel("1c-site", "1С: обмен с сайтом", ChannelKind.ONE_C_SITE, NOW);
        assertEquals(List.of("login", "password"), missingFields(site));
        assertEquals(List.of("ONE_C_SITE"), site.missingSettings().get(0).arguments());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, site::enable);
        assertEquals(2, refused.violations().size());
        assertFalse(site.isEnabled());

        site.changeCredentials("erp1c", "secret-1".toCharArray());
        assertEquals(List.of(), missingFields(site));
        site.enable();
        assertTrue(site.isEnabled());
    }

    @ParameterizedTest
    @EnumSource(value = ChannelKind.class, names = {"FOLDER_DROP", "BANK_STATEMENTS"})
    void fileChannelsNeedAFolder(ChannelKind kind) {
        ExchangeChannel channel = new ExchangeChannel("files", "Files", kind, NOW);
        channel.changeLocation(null, "not.used");
        assertEquals(List.of("folder"), missingFields(channel));
        channel.changeLocation(" /data/inbox/1c ", null);
        assertEquals(List.of(), missingFields(channel));
        assertEquals("/data/inbox/1c", channel.folder());
    }

    @ParameterizedTest
    @EnumSource(value = ChannelKind.class, names = {"LOGISTICS_QUEUE", "OUTBOUND_ORDERS"})
    void queueChannelsNeedAQueueName(ChannelKind kind) {
        ExchangeChannel channel = new ExchangeChannel("queue", "Queue", kind, NOW);
        channel.changeLocation("/not/used", " ");
        assertEquals(List.of("queueName"), missingFields(channel));
        channel.changeLocation(null, "jms/crm/shipments");
        assertEquals(List.of(), missingFields(channel));
    }

    @Test
    void outsideTheSiteALoginNeedsAPasswordAndAPasswordALogin() {
        assertEquals(List.of(new Violation("password", ExchangeChannel.CREDENTIALS_PAIR)),
                ExchangeChannel.missingSettings(ChannelKind.FOLDER_DROP, "robot", false, "/in", null));
        assertEquals(List.of(new Violation("login", ExchangeChannel.CREDENTIALS_PAIR)),
                ExchangeChannel.missingSettings(ChannelKind.FOLDER_DROP, " ", true, "/in", null));
        assertEquals(List.of(), ExchangeChannel.missingSettings(ChannelKind.FOLDER_DROP, null, false, "/in", null));
    }

    @Test
    void thePasswordIsKeptAsAPbkdf2HashAndChecked() {
        ExchangeChannel site = new ExchangeChannel("1c-site", "Site", ChannelKind.ONE_C_SITE, NOW);
        assertFalse(site.checkPassword("anything".toCharArray()), "no password set yet");

        site.changeCredentials(" erp1c ", "demo-pass".toCharArray());

        assertEquals("erp1c", site.login());
        assertTrue(site.passwordSet());
        assertTrue(site.checkPassword("demo-pass".toCharArray()));
        assertFalse(site.checkPassword("demo-pas".toCharArray()));
        assertFalse(site.checkPassword(null));
        assertFalse(site.snapshot().toString().contains("pbkdf2"), "the audit snapshot holds no hash");
    }

    @Test
    void aBlankPasswordKeepsTheStoredOneAndABlankLoginRemovesBoth() {
        ExchangeChannel site = new ExchangeChannel("1c-site", "Site", ChannelKind.ONE_C_SITE, NOW);
        site.changeCredentials("erp1c", "demo-pass".toCharArray());

        site.changeCredentials("erp1c-new", "  ".toCharArray());
        assertEquals("erp1c-new", site.login());
        assertTrue(site.checkPassword("demo-pass".toCharArray()));
        site.changeCredentials("erp1c-new", null);
        assertTrue(site.checkPassword("demo-pass".toCharArray()));

        site.changeCredentials(" ", "ignored-pass".toCharArray());
        assertNull(site.login());
        assertFalse(site.passwordSet());
        assertFalse(site.checkPassword("ignored-pass".toCharArray()));
    }

    @Test
    void theViewHoldsNoSecret() {
        ExchangeChannel site = new ExchangeChannel("1c-site", "Site", ChannelKind.ONE_C_SITE, NOW);
        site.changeCredentials("erp1c", "demo-pass".toCharArray());

        ChannelView view = ChannelView.of(site);

        assertTrue(view.passwordSet());
        for (RecordComponent component : ChannelView.class.getRecordComponents()) {
            String name = component.getName().toLowerCase();
            assertTrue(!name.contains("password") && !name.contains("hash") || name.equals("passwordset"),
                    "view component " + component.getName());
            assertFalse(component.getType() == char[].class, component.getName());
        }
        assertFalse(view.toString().contains("demo-pass"));
        assertFalse(view.toString().contains("pbkdf2"));
    }

    @Test
    void aRunIsRequestedOnlyOfAnEnabledChannel() {
        ExchangeChannel channel = new ExchangeChannel("bank", "Bank", ChannelKind.BANK_STATEMENTS, NOW);
        channel.changeLocation("/data/bank", null);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> channel.requestRun(NOW));
        assertEquals("crm.rule.channel.disabled", refused.messageKey());
        assertTrue(channel.runRequestedAt().isEmpty());

        channel.enable();
        channel.requestRun(NOW.plusSeconds(5));
        assertEquals(NOW.plusSeconds(5), channel.runRequestedAt().orElseThrow());

        channel.disable();
        assertFalse(channel.isEnabled());
    }

    @Test
    void mappingsAreReplacedKeepingTheRowsThatStay() {
        ExchangeChannel site = new ExchangeChannel("1c-site", "Site", ChannelKind.ONE_C_SITE, NOW);
        site.replaceMappings(List.of(
                new MappingDetails(MappingKind.PRICE_TYPE, "guid-retail", "RETAIL"),
                new MappingDetails(MappingKind.WAREHOUSE, "guid-main", "MAIN")));

        site.replaceMappings(List.of(
                new MappingDetails(MappingKind.PRICE_TYPE, " guid-retail ", "RETAIL-2"),
                new MappingDetails(MappingKind.WAREHOUSE, "guid-south", "SOUTH"),
                new MappingDetails(MappingKind.WAREHOUSE, "guid-south", "SOUTH-2")));

        assertEquals(List.of(
                new MappingDetails(MappingKind.PRICE_TYPE, "guid-retail", "RETAIL-2"),
                new MappingDetails(MappingKind.WAREHOUSE, "guid-south", "SOUTH-2")), site.mappings());
    }

    @Test
    void aNewChannelHasTheDefaultsAndStartsDisabled() {
        ExchangeChannel channel = new ExchangeChannel("orders-out", " Orders to ERP ", ChannelKind.OUTBOUND_ORDERS, NOW);
        assertEquals("Orders to ERP", channel.name());
        assertFalse(channel.isEnabled());
        assertEquals(ExchangeChannel.DEFAULT_POLL_INTERVAL_SECONDS, channel.pollIntervalSeconds());
        assertEquals("UTF-8", channel.encoding());
        assertEquals(CatalogueMode.FILE_DECIDES, channel.catalogueMode());
        assertEquals(10L * 1024 * 1024, channel.fileLimitBytes());
        assertFalse(channel.zipAllowed());
    }

    @Test
    void filesAreReadInUtf8OrWindows1251Only() {
        ExchangeChannel channel = new ExchangeChannel("files", "Files", ChannelKind.FOLDER_DROP, NOW);
        channel.readFiles(Charset.forName("cp1251"), 2048, true);
        assertEquals("windows-1251", channel.encoding());
        assertThrows(IllegalArgumentException.class, () -> channel.readFiles(StandardCharsets.ISO_8859_1, 2048, true));
        assertThrows(IllegalArgumentException.class, () -> channel.readFiles(StandardCharsets.UTF_8, 0, true));
    }

    @Test
    void aScheduleIsAQuartzCronExpressionAndBlankMeansNone() {
        ExchangeChannel channel = new ExchangeChannel("files", "Files", ChannelKind.FOLDER_DROP, NOW);
        channel.schedule(30, " 0 0/15 8-20 ? * MON-FRI ");
        assertEquals("0 0/15 8-20 ? * MON-FRI", channel.schedule());
        assertEquals(30, channel.pollIntervalSeconds());

        assertThrows(IllegalArgumentException.class, () -> channel.schedule(30, "*/5 * * * *"));
        assertEquals("0 0/15 8-20 ? * MON-FRI", channel.schedule(), "a refused schedule leaves the old one");

        channel.schedule(30, " ");
        assertNull(channel.schedule());
    }

    @Test
    void aCodeIsLowerCaseLettersDigitsAndInnerHyphens() {
        for (String bad : new String[] {"1C-site", "-site", "site-", "s", "site_1", "сайт", " site"}) {
            assertThrows(IllegalArgumentException.class, () -> new ExchangeChannel(bad, "Site", ChannelKind.ONE_C_SITE, NOW),
                    bad);
        }
        assertEquals("1c-site-2", new ExchangeChannel("1c-site-2", "Site", ChannelKind.ONE_C_SITE, NOW).code());
    }

    @Test
    void theAuditSnapshotSaysWhetherAPasswordIsSet() {
        ExchangeChannel site = new ExchangeChannel("1c-site", "Site", ChannelKind.ONE_C_SITE, NOW);
        Map<String, Object> before = site.snapshot();
        site.changeCredentials("erp1c", "demo-pass".toCharArray());
        Map<String, Object> after = site.snapshot();
        assertEquals(false, before.get("passwordSet"));
        assertEquals(true, after.get("passwordSet"));
        assertFalse(after.containsKey("password") || after.containsKey("passwordHash"));
        assertFalse(after.values().stream().anyMatch(v -> String.valueOf(v).contains("demo-pass")));
    }
}

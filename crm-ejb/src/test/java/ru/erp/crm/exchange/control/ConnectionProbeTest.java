package ru.erp.crm.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.erp.crm.exchange.control.ConnectionProbe.Finding;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.ExchangeChannel;

class ConnectionProbeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path temp;

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::messageKey).toList();
    }

    private static boolean allGood(List<Finding> findings) {
        return findings.stream().allMatch(Finding::good);
    }

    @Test
    void aFolderThatCanBeReadAndWrittenIsGood() {
        ExchangeChannel channel = new ExchangeChannel("folder-1c", "Folder", ChannelKind.FOLDER_DROP, NOW);
        channel.changeLocation(temp.toString(), null);

        List<Finding> findings = ConnectionProbe.probe(channel);

        assertEquals(List.of("crm.check.folder.readable", "crm.check.folder.writable"), keys(findings));
        assertTrue(allGood(findings));
        assertEquals(List.of(temp.toAbsolutePath().normalize().toString()), findings.get(0).arguments());
    }

    @Test
    void aMissingFolderOrAFileIsBad() throws IOException {
        Path file = Files.writeString(temp.resolve("statement.txt"), "1CClientBankExchange");

        List<Finding> missing = ConnectionProbe.folder(temp.resolve("absent").toString());
        List<Finding> notFolder = ConnectionProbe.folder(file.toString());

        assertEquals(List.of("crm.check.folder.missing"), keys(missing));
        assertEquals(List.of("crm.check.folder.notDirectory"), keys(notFolder));
        assertFalse(allGood(missing) || allGood(notFolder));
        assertEquals(List.of("crm.check.folder.notSet"), keys(ConnectionProbe.folder(null)));
    }

    @Test
    void aSiteIsGoodWhenItHasCredentialsAndIsEnabled() {
        ExchangeChannel site = new ExchangeChannel("1c-site", "Site", ChannelKind.ONE_C_SITE, NOW);
        site.changeCredentials("erp1c", "long-enough".toCharArray());

        List<Finding> disabled = ConnectionProbe.probe(site);
        site.enable();
        List<Finding> enabled = ConnectionProbe.probe(site);

        assertEquals(List.of("crm.check.site.credentials", "crm.check.channel.disabled", "crm.check.site.endpoint"),
                keys(disabled));
        assertFalse(allGood(disabled));
        assertEquals(List.of("crm.check.site.credentials", "crm.check.channel.enabled", "crm.check.site.endpoint"),
                keys(enabled));
        assertTrue(allGood(enabled));
        assertEquals(List.of(ConnectionProbe.SITE_EXCHANGE_PATH), enabled.get(2).arguments());
    }

    @Test
    void aSiteWithoutCredentialsIsBad() {
        ExchangeChannel site = new ExchangeChannel("1c-site", "Site", ChannelKind.ONE_C_SITE, NOW);
        assertEquals("crm.check.site.noCredentials", ConnectionProbe.probe(site).get(0).messageKey());
        assertFalse(allGood(ConnectionProbe.probe(site)));
    }

    @Test
    void aQueueChannelIsCheckedForItsName() {
        ExchangeChannel queue = new ExchangeChannel("shipments", "Shipments", ChannelKind.LOGISTICS_QUEUE, NOW);
        assertEquals(List.of("crm.check.queue.notSet"), keys(ConnectionProbe.probe(queue)));
        queue.changeLocation(null, "jms/crm/shipments");
        assertEquals(List.of(new Finding(true, "crm.check.queue.set", List.of("jms/crm/shipments"))),
                ConnectionProbe.probe(queue));
    }
}

package ru.erp.crm.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.erp.crm.exchange.boundary.ChannelDraft;
import ru.erp.crm.exchange.control.ConnectionProbe.Finding;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.ExchangeChannel;
import ru.erp.crm.exchange.entity.MappingDetails;
import ru.erp.crm.exchange.entity.MappingKind;
import ru.erp.crm.platform.i18n.Texts;
import ru.erp.crm.platform.problem.Violation;

/** Every text a channel can be refused or checked with exists in Russian and in English. */
class ChannelMessagesTest {

    @TempDir
    Path temp;

    private static List<Violation> violationsOfBadDrafts() {
        ExchangeChannel stored = new ExchangeChannel("folder-1c", "Folder", ChannelKind.FOLDER_DROP, Instant.now());
        List<Violation> violations = new ArrayList<>();
        violations.addAll(ChannelValidator.violationsOf(new ChannelDraft("Bad_Code", null, "PIGEON_POST", 0, "x",
                "koi8-r", "a b", "short".toCharArray(), "f".repeat(1001), null, "SOMETIMES", 1L, null,
                List.of(new MappingDetails(MappingKind.WAREHOUSE, "w", "A"),
                        new MappingDetails(MappingKind.WAREHOUSE, "w", "B"))), null));
        violations.addAll(ChannelValidator.violationsOf(new ChannelDraft("other", "Folder", "FOLDER_DROP", null, null,
                null, "robot", null, null, null, null, null, null, null), stored));
        violations.addAll(ChannelValidator.violationsOf(new ChannelDraft(null, "Kind", null, null, null,
                null, null, null, null, null, null, null, null, null), null));
        return violations;
    }

    private List<Finding> findingsOfEveryKind() {
        List<Finding> findings = new ArrayList<>();
        for (ChannelKind kind : ChannelKind.values()) {
            ExchangeChannel channel = new ExchangeChannel("probe", "Probe", kind, Instant.now());
            findings.addAll(ConnectionProbe.probe(channel));
            channel.changeLocation(temp.toString(), "jms/queue");
            findings.addAll(ConnectionProbe.probe(channel));
        }
        findings.addAll(ConnectionProbe.folder(temp.resolve("absent").toString()));
        findings.addAll(ConnectionProbe.folder(temp.resolve("..").resolve(temp.getFileName()).toString()));
        return findings;
    }

    @Test
    void everyViolationHasBothTexts() {
        List<Violation> violations = violationsOfBadDrafts();
        assertEquals(true, violations.size() > 15, "the drafts should break many rules: " + violations);
        for (Violation violation : violations) {
            assertTranslated(violation.messageKey(), violation.arguments());
        }
    }

    @Test
    void everyFindingHasBothTexts() {
        for (Finding finding : findingsOfEveryKind()) {
            assertTranslated(finding.messageKey(), finding.arguments());
        }
    }

    @Test
    void problemsOfTheBoundaryHaveBothTexts() {
        assertTranslated("crm.conflict.channel.code", List.of("1c-site"));
        assertTranslated("crm.conflict.channel.login", List.of("erp1c", "1c-site"));
        assertTranslated("crm.rule.channel.disabled", List.of("1c-site"));
    }

    @Test
    void argumentsAreFormattedIntoTheText() {
        assertEquals("Обязательно для канала вида ONE_C_SITE",
                Texts.text("crm.validation.channel.requiredForKind", List.of("ONE_C_SITE"), Texts.RUSSIAN));
        assertEquals("Login erp1c and a password are set",
                Texts.text("crm.check.site.credentials", List.of("erp1c"), Texts.localeOf("en-GB")));
        assertEquals(Texts.RUSSIAN, Texts.localeOf(null));
        assertEquals(Texts.RUSSIAN, Texts.localeOf("de"));
    }

    private static void assertTranslated(String key, List<Object> arguments) {
        String russian = Texts.text(key, arguments, Texts.RUSSIAN);
        String english = Texts.text(key, arguments, Locale.ENGLISH);
        assertNotEquals(key, russian, "no Russian text for " + key);
        assertNotEquals(key, english, "no English text for " + key);
        assertNotEquals(russian, english, key);
    }
}

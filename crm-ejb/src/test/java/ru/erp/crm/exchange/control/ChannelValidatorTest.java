package ru.erp.crm.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.ChannelDraft;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.ExchangeChannel;
import ru.erp.crm.exchange.entity.MappingDetails;
import ru.erp.crm.exchange.entity.MappingKind;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

class ChannelValidatorTest {

    private static ChannelDraft folderDraft(String code, String folder) {
        return new ChannelDraft(code, "1C counterparties", "folder_drop", null, null, null, null, null, folder,
                null, null, null, null, null);
    }

    private static ChannelDraft siteDraft(String login, String password) {
        return new ChannelDraft("1c-site", "Site", "ONE_C_SITE", null, null, "windows-1251", login,
                password == null ? null : password.toCharArray(), null, null, "ALWAYS_PARTIAL", 10_485_760L, true,
                List.of(new MappingDetails(MappingKind.PRICE_TYPE, "guid-1", "RETAIL")));
    }

    private static List<String> fields(ChannelDraft draft, ExchangeChannel existing) {
        return ChannelValidator.violationsOf(draft, existing).stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteDraftPasses() {
        assertEquals(List.of(), fields(folderDraft("folder-1c", "/data/inbox/1c"), null));
        assertEquals(List.of(), fields(siteDraft("erp1c", "long-enough"), null));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        ChannelDraft draft = new ChannelDraft("Bad_Code", " ", "PIGEON_POST", 0, "every minute", "koi8-r",
                "has space", "short".toCharArray(), null, null, "SOMETIMES", 10L, null,
                List.of(new MappingDetails(null, " ", "X"),
                        new MappingDetails(MappingKind.WAREHOUSE, "w", "A"),
                        new MappingDetails(MappingKind.WAREHOUSE, "w ", "B")));

        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> ChannelValidator.requireValid(draft, null));

        assertEquals(List.of("code", "name", "kind", "pollIntervalSeconds", "schedule", "encoding", "login", "password",
                        "catalogueMode", "fileLimitBytes", "mappings[0].kind", "mappings[0].externalId",
                        "mappings[2].externalId"),
                refused.violations().stream().map(Violation::field).toList());
    }

    @Test
    void whatTheKindNeedsIsPartOfTheDraftsViolations() {
        assertEquals(List.of(new Violation("folder", "crm.validation.channel.requiredForKind", "FOLDER_DROP")),
                ChannelValidator.violationsOf(folderDraft("folder-1c", " "), null));
        assertEquals(List.of("login", "password"), fields(siteDraft(null, null), null));
        assertEquals(List.of("login"), fields(siteDraft(null, "long-enough"), null));
    }

    @Test
    void onUpdateTheStoredPasswordCountsWhileALoginRemains() {
        ExchangeChannel stored = new ExchangeChannel("1c-site", "Site", ChannelKind.ONE_C_SITE, Instant.now());
        stored.changeCredentials("erp1c", "long-enough".toCharArray());

        assertEquals(List.of(), fields(siteDraft("erp1c", null), stored));
        assertEquals(List.of(), fields(siteDraft("erp1c-renamed", " "), stored));
        assertEquals(List.of("login", "password"), fields(siteDraft(" ", null), stored));
    }

    @Test
    void theCodeIsRequiredToCreateAndFixedAfterwards() {
        ExchangeChannel stored = new ExchangeChannel("folder-1c", "Folder", ChannelKind.FOLDER_DROP, Instant.now());

        assertEquals(List.of(new Violation("code", "crm.validation.required")),
                ChannelValidator.violationsOf(folderDraft(null, "/in"), null));
        assertEquals(List.of(), fields(folderDraft(null, "/in"), stored));
        assertEquals(List.of(), fields(folderDraft("folder-1c", "/in"), stored));
        assertEquals(List.of(new Violation("code", "crm.validation.channel.codeFixed", "folder-1c")),
                ChannelValidator.violationsOf(folderDraft("folder-2", "/in"), stored));
    }

    private static ChannelDraft bankDraft(String schedule) {
        return new ChannelDraft("bank", "Bank", "BANK_STATEMENTS", null, schedule, null, null, null, "/in", null, null,
                null, null, null);
    }

    @Test
    void quartzCronSchedulesPass() {
        for (String schedule : List.of("0 0/15 8-20 ? * MON-FRI", "0/1 * * * * ?", "0 0 6 ? * MON-FRI 2099",
                "0 15 10 L * ?", "0 0 12 ? * 6#3", "  0 0 3 * * ?  ")) {
            assertEquals(List.of(), fields(bankDraft(schedule), null), schedule);
        }
    }

    @Test
    void aBlankScheduleMeansThePollIntervalAndIsNoViolation() {
        for (String schedule : Arrays.asList(null, "", "   ")) {
            assertEquals(List.of(), fields(bankDraft(schedule), null), String.valueOf(schedule));
        }
    }

    @Test
    void whatQuartzCannotRunIsRefusedAsASchedule() {
        for (String schedule : List.of(
                "*/5 * * * *", // Unix cron: no seconds field
                "0 0 12 * * MON", // day-of-month and day-of-week both given
                "0 0 25 * * ?", // no 25th hour
                "0 0 * * * ; rm",
                "every minute",
                "0 0 0 ? * MON-FRI " + "1".repeat(100))) {
            assertEquals(List.of(new Violation("schedule", "crm.validation.channel.schedule")),
                    ChannelValidator.violationsOf(bankDraft(schedule), null), schedule);
        }
    }

    @Test
    void aScheduleWhoseTimeHasPassedIsRefused() {
        assertEquals(List.of(new Violation("schedule", "crm.validation.channel.scheduleNeverFires")),
                ChannelValidator.violationsOf(bankDraft("0 0 6 ? * MON-FRI 2020"), null));
    }

    @Test
    void encodingsAndModesHaveDefaultsAndAcceptAliases() {
        assertEquals(StandardCharsets.UTF_8, ChannelValidator.encoding(null).orElseThrow());
        assertEquals("windows-1251", ChannelValidator.encoding(" CP1251 ").orElseThrow().name());
        assertEquals(true, ChannelValidator.encoding("ISO-8859-1").isEmpty());
        assertEquals(true, ChannelValidator.encoding("no such charset").isEmpty());
        assertEquals(CatalogueMode.FILE_DECIDES, ChannelValidator.catalogueMode(" ").orElseThrow());
        assertEquals(CatalogueMode.ALWAYS_PARTIAL, ChannelValidator.catalogueMode("always_partial").orElseThrow());
    }

    @Test
    void theDraftNeverShowsItsPassword() {
        ChannelDraft draft = siteDraft("erp1c", "long-enough");
        assertEquals(false, draft.toString().contains("long-enough"));
        assertEquals(true, draft.hasPassword());
        assertEquals(false, siteDraft("erp1c", " \t").hasPassword());
    }
}

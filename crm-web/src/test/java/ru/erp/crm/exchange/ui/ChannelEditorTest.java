package ru.erp.crm.exchange.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.ChannelDraft;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.MappingDetails;
import ru.erp.crm.exchange.entity.MappingKind;

class ChannelEditorTest {

    private static ChannelView siteChannel() {
        return new ChannelView(5L, "1c-site", "Site", ChannelKind.ONE_C_SITE, true, 60, null, "windows-1251", "erp1c",
                true, null, null, CatalogueMode.ALWAYS_PARTIAL, 2048L, true, null,
                List.of(new MappingDetails(MappingKind.WAREHOUSE, "guid-main", "MAIN")), Instant.EPOCH, Instant.EPOCH, 4L);
    }

    @Test
    void aStoredChannelFillsTheFormButNeverItsPassword() {
        ChannelEditor editor = new ChannelEditor();
        editor.fill(siteChannel());

        assertEquals("1c-site", editor.getCode());
        assertEquals(ChannelKind.ONE_C_SITE, editor.getKind());
        assertEquals("erp1c", editor.getLogin());
        assertTrue(editor.isPasswordSet());
        assertNull(editor.getPassword());
        assertEquals(CatalogueMode.ALWAYS_PARTIAL, editor.getCatalogueMode());
        assertEquals("guid-main", editor.getMappings().get(0).getExternalId());
    }

    @Test
    void anEmptyPasswordFieldKeepsTheStoredPassword() {
        ChannelEditor editor = new ChannelEditor();
        editor.fill(siteChannel());
        editor.setPassword("");

        ChannelDraft draft = editor.draft();

        assertNull(draft.password());
        assertFalse(draft.hasPassword());
        assertEquals("erp1c", draft.login());
    }

    @Test
    void aTypedPasswordIsSentAsItWasTyped() {
        ChannelEditor editor = new ChannelEditor();
        editor.fill(siteChannel());
        editor.setPassword(" new secret ");

        assertArrayEquals(" new secret ".toCharArray(), editor.draft().password());
    }

    @Test
    void aSiteChannelSendsItsCredentialsAndTheSettingsOfItsFileExchange() {
        ChannelEditor editor = new ChannelEditor();
        editor.fill(siteChannel());
        editor.setFolder("/stale/folder");

        ChannelDraft draft = editor.draft();

        assertEquals("1c-site", draft.code());
        assertEquals("ONE_C_SITE", draft.kind());
        assertEquals("windows-1251", draft.encoding());
        assertEquals("ALWAYS_PARTIAL", draft.catalogueMode());
        assertEquals(2048L, draft.fileLimitBytes());
        assertTrue(draft.zipAllowed());
        assertNull(draft.folder(), "a site channel reads no folder");
        assertEquals(List.of(new MappingDetails(MappingKind.WAREHOUSE, "guid-main", "MAIN")), draft.mappings());
    }

    @Test
    void switchingToAFolderKindDropsTheCredentialsAndSendsTheFolder() {
        ChannelEditor editor = new ChannelEditor();
        editor.fill(siteChannel());
        editor.setKind(ChannelKind.BANK_STATEMENTS);
        editor.setFolder(" /data/bank ");
        editor.setPassword("typed-before-the-switch");

        ChannelDraft draft = editor.draft();

        assertEquals("BANK_STATEMENTS", draft.kind());
        assertEquals("/data/bank", draft.folder());
        assertNull(draft.login(), "a blank login removes the credentials");
        assertNull(draft.password());
        assertNull(draft.queueName());
    }

    @Test
    void aQueueKindSendsOnlyItsQueue() {
        ChannelEditor editor = new ChannelEditor();
        editor.setCode("orders-out");
        editor.setName("Orders");
        editor.setKind(ChannelKind.OUTBOUND_ORDERS);
        editor.setQueueName("jms/erpOrders");
        editor.setFolder("/somewhere");
        editor.setLogin("someone");

        ChannelDraft draft = editor.draft();

        assertEquals("jms/erpOrders", draft.queueName());
        assertNull(draft.folder());
        assertNull(draft.login());
    }

    @Test
    void blankTextsAreLeftOutSoTheBoundaryAppliesItsDefaultsAndRequirements() {
        ChannelEditor editor = new ChannelEditor();
        editor.setCode("  ");
        editor.setName(" Site ");
        editor.setSchedule(" ");

        ChannelDraft draft = editor.draft();

        assertNull(draft.code());
        assertEquals("Site", draft.name());
        assertNull(draft.schedule());
    }

    @Test
    void aMappingRowIsSentTrimmed() {
        ChannelEditor editor = new ChannelEditor();
        editor.addMapping();
        ChannelEditor.MappingRow row = editor.getMappings().get(0);
        row.setKind(MappingKind.PRICE_TYPE);
        row.setExternalId(" guid-retail ");
        row.setLocalCode(" RETAIL ");

        assertEquals(List.of(new MappingDetails(MappingKind.PRICE_TYPE, "guid-retail", "RETAIL")), editor.draft().mappings());
    }

    @Test
    void theKindDecidesWhichSettingsTheFormShows() {
        ChannelEditor editor = new ChannelEditor();
        editor.setKind(ChannelKind.ONE_C_SITE);
        assertTrue(editor.isSite() && editor.isCatalogueKind() && !editor.isFolderKind() && !editor.isQueueKind());
        editor.setKind(ChannelKind.FOLDER_DROP);
        assertTrue(!editor.isSite() && editor.isCatalogueKind() && editor.isFolderKind());
        editor.setKind(ChannelKind.BANK_STATEMENTS);
        assertTrue(editor.isFolderKind() && !editor.isCatalogueKind());
        editor.setKind(ChannelKind.LOGISTICS_QUEUE);
        assertTrue(editor.isQueueKind() && !editor.isCatalogueKind() && !editor.isSite());
    }

    @Test
    void aNewChannelStartsWithTheDefaultsOfTheBoundary() {
        ChannelDraft draft = new ChannelEditor().draft();

        assertEquals("ONE_C_SITE", draft.kind());
        assertEquals(60, draft.pollIntervalSeconds());
        assertEquals("UTF-8", draft.encoding());
        assertEquals("FILE_DECIDES", draft.catalogueMode());
        assertEquals(10L * 1024 * 1024, draft.fileLimitBytes());
    }
}

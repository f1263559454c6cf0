package ru.erp.crm.exchange.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.ChannelDraft;
import ru.erp.crm.exchange.entity.MappingDetails;
import ru.erp.crm.exchange.entity.MappingKind;

class ChannelRequestTest {

    private static ChannelRequest request(String password) {
        return new ChannelRequest("1c-site", "Site", "ONE_C_SITE", 60, null, "windows-1251", "erp1c", password, null,
                null, "FILE_DECIDES", 10_485_760L, true,
                List.of(new MappingDetails(MappingKind.WAREHOUSE, "guid-main", "MAIN")), 3L);
    }

    @Test
    void theDraftCarriesEveryFieldAndThePasswordAsCharacters() {
        ChannelDraft draft = request("secret-pass").toDraft();

        assertEquals("1c-site", draft.code());
        assertEquals("windows-1251", draft.encoding());
        assertEquals("erp1c", draft.login());
        assertArrayEquals("secret-pass".toCharArray(), draft.password());
        assertEquals(10_485_760L, draft.fileLimitBytes());
        assertEquals(List.of(new MappingDetails(MappingKind.WAREHOUSE, "guid-main", "MAIN")), draft.mappings());
    }

    @Test
    void aLeftOutPasswordStaysAbsentSoTheStoredOneIsKept() {
        ChannelDraft draft = request(null).toDraft();
        assertNull(draft.password());
        assertFalse(draft.hasPassword());
    }

    @Test
    void thePasswordNeverShowsInTheText() {
        assertFalse(request("secret-pass").toString().contains("secret-pass"));
        assertFalse(request("secret-pass").toDraft().toString().contains("secret-pass"));
    }
}

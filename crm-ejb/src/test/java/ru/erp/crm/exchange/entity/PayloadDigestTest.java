package ru.erp.crm.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PayloadDigestTest {

    @Test
    void theContentKeyNamesTheHash() {
        String sha256 = "0123456789abcdef".repeat(4);
        assertEquals("sha256:" + sha256, new PayloadDigest(10, sha256).contentKey());
    }

    @Test
    void onlyALowerCaseHexSha256AndASizeOfZeroOrMoreAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new PayloadDigest(10, "ABCDEF".repeat(10) + "ABCD"));
        assertThrows(IllegalArgumentException.class, () -> new PayloadDigest(10, "abc"));
        assertThrows(IllegalArgumentException.class, () -> new PayloadDigest(-1, "ab".repeat(32)));
    }
}

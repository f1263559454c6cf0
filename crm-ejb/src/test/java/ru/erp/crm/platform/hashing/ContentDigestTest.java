package ru.erp.crm.platform.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

    @Test
    void theCanonicalTextIsLengthPrefixedFieldsListsWithTheirSizeAndDashForNull() {
        // SHA-256 of "5:Order|3:abc|-|[2]1:1|1:2|4:true|", computed outside Java
        assertEquals("ea11655c1025f3c678ce921530b095df1d2849b7710c6f769420e767d7cd4cdc",
                ContentDigest.of("Order").add("abc").add((String) null)
                        .addAll(List.of(1, 2), (digest, n) -> digest.add(n)).add(true).sha256());
        assertEquals("d2b84652d842f12f1206e1dfe2f4884ec62154baccf90a70a5e73d86594b9c19",
                ContentDigest.of("Order").addAll(null, (digest, n) -> digest.add(n)).sha256());
    }

    @Test
    void numbersCountByValueAndBoxedValuesByText() {
        assertEquals(ContentDigest.of("x").add(new BigDecimal("100")).sha256(),
                ContentDigest.of("x").add(new BigDecimal("100.00")).sha256());
        assertEquals(ContentDigest.of("x").add(Boolean.TRUE).sha256(), ContentDigest.of("x").add(true).sha256());
        assertEquals(ContentDigest.of("x").add(LocalDate.of(2026, 11, 23)).sha256(),
                ContentDigest.of("x").add("2026-11-23").sha256());
    }

    @Test
    void fieldsNeverRunIntoEachOther() {
        assertNotEquals(ContentDigest.of("x").add("ab").add("c").sha256(), ContentDigest.of("x").add("a").add("bc").sha256());
        assertNotEquals(ContentDigest.of("x").add((String) null).sha256(), ContentDigest.of("x").add("-").sha256());
        assertNotEquals(ContentDigest.of("a").add("b").sha256(), ContentDigest.of("b").add("a").sha256());
    }
}

package ru.erp.crm.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHashMatchesOnlyItsPasswordAndIsSalted() {
        String hash = PasswordHasher.hash("demo".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertTrue(PasswordHasher.matches("demo".toCharArray(), hash));
        assertFalse(PasswordHasher.matches("Demo".toCharArray(), hash));
        assertNotEquals(hash, PasswordHasher.hash("demo".toCharArray()));
    }

    @Test
    void aForeignHashFormatNeverMatches() {
        assertFalse(PasswordHasher.matches("demo".toCharArray(), "{SHA}fEqNCco3Yq9h5ZUglD3CZJT4lBs="));
    }
}

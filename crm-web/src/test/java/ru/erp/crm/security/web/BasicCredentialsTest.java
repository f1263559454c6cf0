package ru.erp.crm.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsLoginAndPasswordWhichMayHoldColons() {
        assertEquals(Optional.of(new BasicCredentials("erp1c", "de:mo")), BasicCredentials.of(basic("erp1c:de:mo")));
        assertEquals(Optional.of(new BasicCredentials("менеджер", "пароль")),
                BasicCredentials.of("basic " + Base64.getEncoder().encodeToString("менеджер:пароль".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void noLoginBrokenBase64OrAnotherSchemeGiveNothing() {
        assertEquals(Optional.empty(), BasicCredentials.of(basic(":demo")));
        assertEquals(Optional.empty(), BasicCredentials.of("Basic %%%"));
        assertEquals(Optional.empty(), BasicCredentials.of("Bearer abc"));
        assertEquals(Optional.empty(), BasicCredentials.of(null));
        assertTrue(BasicCredentials.isBasic("Basic %%%"), "a broken Basic header is still a Basic attempt");
        assertFalse(BasicCredentials.isBasic("Bearer abc"));
    }

    @Test
    void neverPrintsThePassword() {
        assertFalse(new BasicCredentials("erp1c", "secret").toString().contains("secret"));
    }
}

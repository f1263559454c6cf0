package ru.erp.crm.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void withoutAHostMailIsOffWhateverElseIsSet() {
        MailSettings settings = MailSettings.configured(Map.of("port", "2525")::get);

        assertFalse(settings.enabled());
        assertEquals(2525, settings.port());
    }

    @Test
    void aConfiguredServerKeepsItsDefaultsForWhatIsNotSet() {
        MailSettings settings = MailSettings.configured(Map.of("host", " smtp.example.ru ", "tls", "true")::get);

        assertTrue(settings.enabled());
        assertEquals("smtp.example.ru", settings.host());
        assertEquals(MailSettings.DEFAULT_PORT, settings.port());
        assertEquals(MailSettings.DEFAULT_FROM, settings.from());
        assertTrue(settings.tls());
        assertEquals("true", settings.session().getProperty("mail.smtp.starttls.required"));
        assertEquals(null, settings.session().getProperty("mail.smtp.auth"));
    }
}

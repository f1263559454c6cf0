package ru.erp.crm.integration.camel;

import java.nio.file.Path;

/**
 * Where exchanges find their folders. Read from the environment so the same EAR serves the
 * embedded demo, the test server and production (the launcher and the tests set them).
 */
public final class ExchangeSettings {

    private ExchangeSettings() {
    }

    /** The folder 1C drops CommerceML files into ({@code CRM_INBOX_1C}). */
    public static Path oneCInbox() {
        String configured = System.getenv("CRM_INBOX_1C");
        return Path.of(configured == null || configured.isBlank() ? "data/inbox/1c" : configured).toAbsolutePath();
    }
}

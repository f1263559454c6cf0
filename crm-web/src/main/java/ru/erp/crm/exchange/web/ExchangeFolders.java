package ru.erp.crm.exchange.web;

import java.nio.file.Path;

/**
 * Where the 1C endpoint keeps uploads until they are journaled ({@code CRM_EXCHANGE_DIR}, set by
 * the launcher and the tests; relative to the working directory otherwise).
 */
final class ExchangeFolders {

    private ExchangeFolders() {
    }

    static Path siteUploads() {
        String configured = System.getenv("CRM_EXCHANGE_DIR");
        Path base = Path.of(configured == null || configured.isBlank() ? "data/exchange" : configured);
        return base.toAbsolutePath().resolve("1c-site");
    }
}

package ru.erp.crm.exchange.web;

import java.util.Optional;

/**
 * The CommerceML version negotiation of {@code mode=init}: newer 1C configurations send the
 * version they can write, and the site answers the version it wants. Every version this CRM reads
 * (2.03 up to 2.10, 3.1) is accepted as offered, a newer 3.x is answered with 3.1 and anything else
 * with 2.10; an older 1C that sends no version gets no version line and writes its default.
 */
final class ProtocolVersion {

    private ProtocolVersion() {
    }

    static Optional<String> answerTo(String offered) {
        if (offered == null || offered.isBlank()) {
            return Optional.empty();
        }
        String version = offered.strip();
        if (version.matches("2\\.(0[3-9]|10)|3\\.1")) {
            return Optional.of(version);
        }
        return Optional.of(version.startsWith("3.") ? "3.1" : "2.10");
    }
}

package ru.erp.crm.catalog.entity;

/** The partner's Ид of a catalogue record: required, trimmed, at most as long as its column. */
final class ExternalIds {

    static final int LENGTH = 100;

    private ExternalIds() {
    }

    static String required(String externalId) {
        return Texts.required("Ид", externalId, LENGTH);
    }
}

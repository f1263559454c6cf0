package ru.erp.crm.exchange.entity;

/** A mapping as entered and as shown: the 1C Ид of a price type or warehouse and the CRM's code for it. */
public record MappingDetails(MappingKind kind, String externalId, String localCode) {
}

package ru.erp.crm.integration.onec.catalog;

import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.PriceType;

/** Reads one {@code ТипыЦен/ТипЦены} of a classifier or an offers package. */
final class PriceTypeParser extends ElementParser {

    private String externalId;
    private String name;
    private String currency;

    PriceTypeParser(String position) {
        super("ТипЦены", position);
    }

    @Override
    void ended(String element, String text) {
        if (within()) {
            switch (element) {
                case "Ид" -> externalId = first(externalId, text);
                case "Наименование" -> name = first(name, text);
                case "Валюта" -> currency = first(currency, text);
                default -> {
                    // Налог, НомерВерсии, ...: not part of the price type contract
                }
            }
        }
    }

    @Override
    CatalogElement build() {
        return readable(externalId, () -> new PriceType(externalId, name, currency, position()));
    }
}

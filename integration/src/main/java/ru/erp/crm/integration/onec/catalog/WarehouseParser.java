package ru.erp.crm.integration.onec.catalog;

import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Warehouse;

/** Reads one warehouse definition, {@code Склады/Склад(Ид, Наименование)}. */
final class WarehouseParser extends ElementParser {

    private String externalId;
    private String name;

    WarehouseParser(String position) {
        super("Склад", position);
    }

    @Override
    void ended(String element, String text) {
        if (within()) {
            switch (element) {
                case "Ид" -> externalId = first(externalId, text);
                case "Наименование" -> name = first(name, text);
                default -> {
                    // Комментарий, Адрес, Контакты, ...: not part of the warehouse contract
                }
            }
        }
    }

    @Override
    CatalogElement build() {
        return readable(externalId, () -> new Warehouse(externalId, name, position()));
    }
}

package ru.erp.crm.integration.onec.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Offer;
import ru.erp.crm.catalog.boundary.CatalogElement.Price;
import ru.erp.crm.catalog.boundary.CatalogElement.Stock;
import ru.erp.crm.integration.onec.commerceml.XmlText;

/**
 * Reads one {@code ПакетПредложений/Предложения/Предложение}: its prices and its stock in both
 * shapes 1C writes, {@code <Склад ИдСклада="…" КоличествоНаСкладе="…"/>} directly in the offer
 * (2.07 and later) and {@code Остатки/Остаток/Склад(Ид, Количество)} (split rests files, 3.x).
 * Prices stay null when the offer has no {@code Цены}, stock when it names no warehouse, so a
 * prices-only file does not wipe stock and vice versa; a non-null list is all the offer has.
 */
final class OfferParser extends ElementParser {

    private String externalId;
    private String name;
    private String article;
    private BigDecimal totalQuantity;

    private List<Price> prices;
    private String priceTypeId;
    private String unitPrice;
    private String currency;
    private String unit;

    private List<Stock> stock;
    private boolean stockEntryOpen;
    private String warehouseField;
    private String warehouseId;
    private String quantityField;
    private String quantity;

    OfferParser(String position) {
        super("Предложение", position);
    }

    @Override
    void started(String element, XMLStreamReader xml) {
        if (element.equals("Цены") && within() && prices == null) {
            prices = new ArrayList<>();
        } else if (element.equals("Склад") && within()) {
            stockEntryOpen("ИдСклада", "КоличествоНаСкладе");
            warehouseId = XmlText.attribute(xml, warehouseField);
            quantity = XmlText.attribute(xml, quantityField);
        } else if (element.equals("Склад") && within("Остатки", "Остаток")) {
            stockEntryOpen("Ид", "Количество");
        }
    }

    /** Reasons name the fields as the file spells them in the shape at hand. */
    private void stockEntryOpen(String warehouseField, String quantityField) {
        stockEntryOpen = true;
        this.warehouseField = warehouseField;
        this.quantityField = quantityField;
    }

    @Override
    void ended(String element, String text) {
        if (within()) {
            ownField(element, text);
        } else if (within("Цены", "Цена")) {
            pricePart(element, text);
        } else if (within("Цены") && element.equals("Цена")) {
            priceEnded();
        } else if (stockEntryOpen && (within("Склад") || within("Остатки", "Остаток", "Склад"))) {
            stockPart(element, text);
        } else if (within("Остатки", "Остаток")) {
            if (element.equals("Склад")) {
                stockEnded();
            } else if (element.equals("Количество") && totalQuantity == null) {
                // an Остаток without Склад is the offer's total over all warehouses
                totalQuantity = decimal("Остаток/Количество", text);
            }
        }
    }

    private void ownField(String element, String text) {
        switch (element) {
            case "Ид" -> externalId = first(externalId, text);
            case "Наименование" -> name = first(name, text);
            case "Артикул" -> article = first(article, text);
            case "Количество" -> totalQuantity = decimal("Количество", text);
            case "Склад" -> stockEnded();
            default -> {
                // БазоваяЕдиница, Штрихкод, ХарактеристикиТовара, ...: not part of the offer contract
            }
        }
    }

    private void pricePart(String element, String text) {
        switch (element) {
            case "ИдТипаЦены" -> priceTypeId = first(priceTypeId, text);
            case "ЦенаЗаЕдиницу" -> unitPrice = first(unitPrice, text);
            case "Валюта" -> currency = first(currency, text);
            case "Единица" -> unit = first(unit, text);
            default -> {
                // Представление, Коэффициент, Налог: derived or not part of the contract
            }
        }
    }

    /**
     * An empty ЦенаЗаЕдиницу is how 1C writes "price on request" (Представление «Уточните у
     * менеджера» in the 2.04 sample): the offer has no price of that type, so it is left out of
     * the list rather than refused.
     */
    private void priceEnded() {
        if (priceTypeId == null) {
            refuse("Цена has no ИдТипаЦены");
        } else if (unitPrice != null) {
            BigDecimal value = decimal("ЦенаЗаЕдиницу", unitPrice);
            if (value != null) {
                prices.add(new Price(priceTypeId, value, currency, unit));
            }
        }
        priceTypeId = null;
        unitPrice = null;
        currency = null;
        unit = null;
    }

    /** Child elements of a Склад, for exporters that write the direct shape with elements too. */
    private void stockPart(String element, String text) {
        switch (element) {
            case "Ид", "ИдСклада" -> warehouseId = first(warehouseId, text);
            case "Количество", "КоличествоНаСкладе" -> quantity = first(quantity, text);
            default -> {
                // nothing else belongs to a stock entry
            }
        }
    }

    private void stockEnded() {
        if (warehouseId == null) {
            refuse("Склад has no " + warehouseField);
        } else if (quantity == null) {
            refuse("Склад " + warehouseId + " has no " + quantityField);
        } else {
            BigDecimal value = decimal(quantityField + " of Склад " + warehouseId, quantity);
            if (value != null) {
                if (stock == null) {
                    stock = new ArrayList<>();
                }
                stock.add(new Stock(warehouseId, value));
            }
        }
        stockEntryOpen = false;
        warehouseId = null;
        quantity = null;
    }

    @Override
    CatalogElement build() {
        return readable(externalId, () -> new Offer(externalId, name, article, prices, stock, totalQuantity, position()));
    }
}

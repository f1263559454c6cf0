package ru.erp.crm.catalog.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * One element of a catalogue message as an exchange partner (1C) sends it, already lifted out of
 * its wire format. {@code externalId} is the partner's Ид; {@code position} says where in the
 * message it stood (line, element path) for the journal's error list. Lists are never null;
 * a {@code null} list inside an {@link Offer} means "this message says nothing about it".
 */
public sealed interface CatalogElement {

    String externalId();

    String position();

    /** A product group (Группа); nested groups name their parent. */
    record Group(String externalId, String parentExternalId, String name, boolean deleted, String position)
            implements CatalogElement {
    }

    /** A product property (Свойство) with its reference values when it is a list type. */
    record Property(String externalId, String name, String valueType, List<PropertyChoice> choices, String position)
            implements CatalogElement {
        public Property {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    /** A reference value of a list property (Справочник / ВариантыЗначений). */
    record PropertyChoice(String externalId, String value) {
    }

    /** A price type (ТипЦены). */
    record PriceType(String externalId, String name, String currency, String position) implements CatalogElement {
    }

    /** A warehouse (Склад) from a classifier or an offers package. */
    record Warehouse(String externalId, String name, String position) implements CatalogElement {
    }

    /** A product (Товар) of import.xml; {@code deleted} is ПометкаУдаления or Статус «Удален». */
    record Product(String externalId, String article, String name, String description, List<String> groupExternalIds,
                   String unitCode, String unitName, BigDecimal vatRate, String vatLabel, String barcode,
                   boolean deleted, List<PropertyValue> propertyValues, List<Requisite> requisites, String position)
            implements CatalogElement {
        public Product {
            groupExternalIds = groupExternalIds == null ? List.of() : List.copyOf(groupExternalIds);
            propertyValues = propertyValues == null ? List.of() : List.copyOf(propertyValues);
            requisites = requisites == null ? List.of() : List.copyOf(requisites);
        }
    }

    /** A product's value of a property: a reference value's Ид or a literal. */
    record PropertyValue(String propertyExternalId, String value) {
    }

    /** ЗначениеРеквизита: a free name/value pair 1C attaches to a product. */
    record Requisite(String name, String value) {
    }

    /**
     * An offer (Предложение): the prices and stock of a product or of one of its characteristics
     * ({@code productId#characteristicId}). {@code prices} or {@code stock} is null when the file
     * does not carry them (split prices___/rests___ files), so the other stays untouched.
     */
    record Offer(String externalId, String name, String article, List<Price> prices, List<Stock> stock,
                 BigDecimal totalQuantity, String position) implements CatalogElement {
        public Offer {
            prices = prices == null ? null : List.copyOf(prices);
            stock = stock == null ? null : List.copyOf(stock);
        }
    }

    /** One price of an offer for one price type. */
    record Price(String priceTypeExternalId, BigDecimal unitPrice, String currency, String unit) {
    }

    /** The quantity of an offer at one warehouse. */
    record Stock(String warehouseExternalId, BigDecimal quantity) {
    }

    /**
     * An element the reader could lift out but not make sense of (a missing Ид, a price that is
     * not a number): it is refused with this reason, and the rest of the message goes on.
     */
    record Unreadable(String externalId, String reason, String position) implements CatalogElement {
    }
}

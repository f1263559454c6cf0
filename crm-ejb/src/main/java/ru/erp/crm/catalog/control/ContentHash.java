package ru.erp.crm.catalog.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import ru.erp.crm.catalog.boundary.CatalogElement;

/**
 * The content hash of a catalogue element: SHA-256 (hex) over a canonical text of every field
 * except {@code position}, which only says where the element stood in its file. The import stores
 * it with the record the element landed in; an element whose hash is the stored one was applied
 * before and is skipped.
 *
 * <p>The canonical text writes each field as its length and its characters (so no field can run
 * into the next), {@code -} for null, lists with their size first, and numbers by value
 * ({@code 100} and {@code 100.00} are the same price). It starts with the kind of element, so a
 * group and a warehouse with the same fields still differ.
 *
 * <p>An offer is hashed in three parts, because 1C sends them in separate files (offers, prices,
 * rests) and each must be recognised on its own: its own description (name and article, which only
 * a characteristic's variant product takes), its prices, and its stock with the total quantity.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The hash of a group, property, price type, warehouse or product element. */
    public static String of(CatalogElement element) {
        if (element instanceof CatalogElement.Group group) {
            return hash("Group", text -> text
                    .add(group.externalId()).add(group.parentExternalId()).add(group.name()).add(group.deleted()));
        }
        if (element instanceof CatalogElement.Property property) {
            return hash("Property", text -> text
                    .add(property.externalId()).add(property.name()).add(property.valueType())
                    .addAll(property.choices(), (t, choice) -> t.add(choice.externalId()).add(choice.value())));
        }
        if (element instanceof CatalogElement.PriceType priceType) {
            return hash("PriceType", text -> text
                    .add(priceType.externalId()).add(priceType.name()).add(priceType.currency()));
        }
        if (element instanceof CatalogElement.Warehouse warehouse) {
            return hash("Warehouse", text -> text.add(warehouse.externalId()).add(warehouse.name()));
        }
        if (element instanceof CatalogElement.Product product) {
            return hash("Product", text -> text
                    .add(product.externalId()).add(product.article()).add(product.name()).add(product.description())
                    .addAll(product.groupExternalIds(), (t, group) -> t.add(group))
                    .add(product.unitCode()).add(product.unitName()).add(product.vatRate()).add(product.vatLabel())
                    .add(product.barcode()).add(product.deleted())
                    .addAll(product.propertyValues(), (t, value) -> t.add(value.propertyExternalId()).add(value.value()))
                    .addAll(product.requisites(), (t, requisite) -> t.add(requisite.name()).add(requisite.value())));
        }
        // an offer is hashed in parts; an unreadable element is refused, never stored
        throw new IllegalArgumentException("No content hash for " + element.getClass().getSimpleName());
    }

    /** The hash of an offer's name and article. */
    public static String offerDescription(CatalogElement.Offer offer) {
        return hash("OfferDescription", text -> text.add(offer.externalId()).add(offer.name()).add(offer.article()));
    }

    /** The hash of an offer's prices; the offer must carry prices. */
    public static String offerPrices(CatalogElement.Offer offer) {
        if (offer.prices() == null) {
            throw new IllegalArgumentException("The offer " + offer.externalId() + " carries no prices");
        }
        return hash("OfferPrices", text -> text.add(offer.externalId())
                .addAll(offer.prices(), (t, price) -> t.add(price.priceTypeExternalId()).add(price.unitPrice())
                        .add(price.currency()).add(price.unit())));
    }

    /** The hash of an offer's stock and total quantity; the offer must carry one of them. */
    public static String offerStock(CatalogElement.Offer offer) {
        if (offer.stock() == null && offer.totalQuantity() == null) {
            throw new IllegalArgumentException("The offer " + offer.externalId() + " carries no stock");
        }
        return hash("OfferStock", text -> text.add(offer.externalId())
                .addAll(offer.stock(), (t, stock) -> t.add(stock.warehouseExternalId()).add(stock.quantity()))
                .add(offer.totalQuantity()));
    }

    private static String hash(String kind, Consumer<Canonical> fields) {
        Canonical text = new Canonical().add(kind);
        fields.accept(text);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The canonical text of an element's fields. */
    private static final class Canonical {

        private final StringBuilder text = new StringBuilder(256);

        Canonical add(String value) {
            if (value == null) {
                text.append('-');
            } else {
                text.append(value.length()).append(':').append(value);
            }
            text.append('|');
            return this;
        }

        Canonical add(BigDecimal value) {
            return add(value == null ? null : value.stripTrailingZeros().toPlainString());
        }

        Canonical add(boolean value) {
            return add(value ? "true" : "false");
        }

        <T> Canonical addAll(List<T> values, Item<T> item) {
            if (values == null) {
                return add((String) null);
            }
            text.append('[').append(values.size()).append(']');
            values.forEach(value -> item.add(this, value));
            return this;
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    @FunctionalInterface
    private interface Item<T> {
        void add(Canonical text, T value);
    }
}

package ru.erp.crm.catalog.control;

import java.util.function.Consumer;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.platform.hashing.ContentDigest;

/**
 * The content hash of a catalogue element: SHA-256 (hex) over a canonical text of every field
 * except {@code position}, which only says where the element stood in its file. The import stores
 * it with the record the element landed in; an element whose hash is the stored one was applied
 * before and is skipped.
 *
 * <p>The canonical text is {@link ContentDigest}'s, starting with the kind of element, so a group
 * and a warehouse with the same fields still differ.
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

    private static String hash(String kind, Consumer<ContentDigest> fields) {
        ContentDigest digest = ContentDigest.of(kind);
        fields.accept(digest);
        return digest.sha256();
    }
}

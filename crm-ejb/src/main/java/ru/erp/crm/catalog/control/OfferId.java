package ru.erp.crm.catalog.control;

/**
 * The Ид of an offer: a product's Ид, or {@code productId#characteristicId} for one of its
 * characteristics, which the catalogue keeps as a variant product under the whole Ид. An empty
 * characteristic ({@code productId#}) is the product itself.
 */
record OfferId(String productId, String variantId) {

    /** Reads an offer's (cleaned, present) Ид. */
    static OfferId of(String id) {
        int hash = id.indexOf('#');
        if (hash < 0) {
            return new OfferId(id, null);
        }
        String productId = ExternalIds.clean(id.substring(0, hash));
        String characteristic = ExternalIds.clean(id.substring(hash + 1));
        if (productId == null) {
            return new OfferId(id, null);
        }
        return new OfferId(productId, characteristic == null ? null : id);
    }

    boolean namesVariant() {
        return variantId != null;
    }
}

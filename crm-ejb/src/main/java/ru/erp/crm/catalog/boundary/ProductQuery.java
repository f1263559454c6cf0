package ru.erp.crm.catalog.boundary;

/**
 * Filters of the product list; null means "any". {@code externalId} is the partner's Ид, exactly;
 * {@code q} the start of the name or of the article (case, Ё/Е, quotes and spacing do not matter);
 * {@code groupId} the CRM id of a group (its direct products: variants included, subgroups not);
 * {@code active} true for active products only (what {@link #activeOnly()} and the API ask by
 * default), false for inactive ones only, null for both.
 */
public record ProductQuery(String externalId, String q, Long groupId, Boolean active) {

    public static ProductQuery activeOnly() {
        return new ProductQuery(null, null, null, true);
    }
}

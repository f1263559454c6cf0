package ru.erp.crm.catalog.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The prices of one product as the partner quotes them, at most one per price type. */
public record PriceList(List<PriceQuote> quotes) {

    public PriceList {
        quotes = List.copyOf(quotes);
        Set<String> types = new HashSet<>();
        for (PriceQuote quote : quotes) {
            if (!types.add(quote.priceType().externalId())) {
                throw new InvalidCatalogDataException("two prices of type " + quote.priceType().externalId());
            }
        }
    }
}

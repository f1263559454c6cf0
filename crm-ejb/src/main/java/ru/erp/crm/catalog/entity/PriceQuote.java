package ru.erp.crm.catalog.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One price of a product as the partner quotes it, checked when it is built: a price of a known
 * type, not negative, within number(18,2). Prices are kept to the kopeck (rounded half up), as
 * the column stores them; without its own currency the price is in its type's currency.
 */
public record PriceQuote(PriceType priceType, BigDecimal unitPrice, String currency, String unit) {

    private static final BigDecimal LIMIT = new BigDecimal("1E16");

    public PriceQuote {
        if (priceType == null) {
            throw new IllegalArgumentException("A price needs its price type");
        }
        if (unitPrice == null) {
            throw new InvalidCatalogDataException("price of type " + priceType.externalId() + " without ЦенаЗаЕдиницу");
        }
        if (unitPrice.signum() < 0 || unitPrice.compareTo(LIMIT) >= 0) {
            throw new InvalidCatalogDataException("price " + unitPrice.toPlainString() + " of type " + priceType.externalId()
                    + " is negative or too large");
        }
        unitPrice = unitPrice.setScale(2, RoundingMode.HALF_UP);
        String given = Texts.optional("currency (Валюта)", currency, PriceType.CURRENCY_LENGTH);
        currency = given != null ? given : priceType.currency();
        unit = Texts.optional("price unit (Единица)", unit, 50);
    }
}

package ru.erp.crm.sales.entity;

import java.math.BigDecimal;

/**
 * What one order line says before it becomes a line: the product (or a free text), quantity,
 * price (VAT included), discount and VAT rate. Checked when built, so an order never takes a
 * line it could not store; the boundaries check the same rules first to name the field.
 *
 * @param productId         the catalogue product, null for a free line
 * @param productExternalId the product's 1C Ид (with {@code #characteristic}), for the exchanges
 * @param discountPercent   0 to 100; null is no discount
 * @param vatRate           percent, null for "без НДС"
 * @param statedAmount      the line's amount as 1C stated it in its document, which is the ledger
 *                          for the orders it sends; null for every line the CRM prices itself
 */
public record OrderLineTerms(Long productId, String productExternalId, String article, String name, String unitCode,
                             String unitName, BigDecimal quantity, BigDecimal price, BigDecimal discountPercent,
                             BigDecimal vatRate, BigDecimal statedAmount) {

    public static final int NAME_LENGTH = 500;
    public static final int ARTICLE_LENGTH = 100;
    public static final int UNIT_CODE_LENGTH = 16;
    public static final int UNIT_NAME_LENGTH = 100;
    public static final int EXTERNAL_ID_LENGTH = 200;
    public static final int QUANTITY_SCALE = 4;
    public static final int MONEY_SCALE = 2;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public OrderLineTerms {
        name = text(name, "name", NAME_LENGTH);
        if (name == null) {
            throw new IllegalArgumentException("a line needs a name");
        }
        productExternalId = text(productExternalId, "product Ид", EXTERNAL_ID_LENGTH);
        article = text(article, "article", ARTICLE_LENGTH);
        unitCode = text(unitCode, "unit code", UNIT_CODE_LENGTH);
        unitName = text(unitName, "unit name", UNIT_NAME_LENGTH);
        if (quantity == null || quantity.signum() <= 0 || scale(quantity) > QUANTITY_SCALE) {
            throw new IllegalArgumentException("quantity must be above zero with at most " + QUANTITY_SCALE
                    + " decimals: " + quantity);
        }
        if (price == null || price.signum() < 0 || scale(price) > MONEY_SCALE) {
            throw new IllegalArgumentException("price must be zero or more in kopecks: " + price);
        }
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) > 0 || scale(discountPercent) > 2) {
            throw new IllegalArgumentException("discount must be 0 to 100 percent: " + discountPercent);
        }
        if (vatRate != null && (vatRate.signum() < 0 || vatRate.compareTo(HUNDRED) >= 0 || scale(vatRate) > 2)) {
            throw new IllegalArgumentException("VAT rate must be 0 to 99.99 percent: " + vatRate);
        }
        if (statedAmount != null && (statedAmount.signum() < 0 || scale(statedAmount) > MONEY_SCALE)) {
            throw new IllegalArgumentException("amount must be zero or more in kopecks: " + statedAmount);
        }
    }

    /** A line the CRM prices: amount and VAT follow from price, quantity, discount and rate. */
    public static OrderLineTerms priced(Long productId, String productExternalId, String article, String name,
                                        String unitCode, String unitName, BigDecimal quantity, BigDecimal price,
                                        BigDecimal discountPercent, BigDecimal vatRate) {
        return new OrderLineTerms(productId, productExternalId, article, name, unitCode, unitName, quantity, price,
                discountPercent, vatRate, null);
    }

    private static int scale(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static String text(String value, String what, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > length) {
            throw new IllegalArgumentException(what + " longer than " + length + " characters: " + stripped);
        }
        return stripped;
    }
}

package ru.erp.crm.sales.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.entity.OrderLineTerms;

/**
 * The lines of an order 1C created, as the CRM's line terms. 1C's document is the ledger for such
 * an order, so a line keeps the amount 1C stated; a line whose product the catalogue knows (by its
 * 1C Ид) is linked to it and takes what 1C left out (name, article, unit) from it, any other line
 * is a free line. A line without a quantity, or without a price and an amount, refuses the document.
 */
public final class OneCOrderLines {

    private OneCOrderLines() {
    }

    /** {@code products}: the catalogue's products by 1C Ид, for as many of the lines as it knows. */
    public static List<OrderLineTerms> terms(List<OneCDocument.Line> lines, Map<String, Product> products) {
        if (lines.isEmpty()) {
            throw new DocumentRefused("an order without lines (Товары)");
        }
        List<OrderLineTerms> terms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String productId = lines.get(i).productExternalId();
            terms.add(terms(i + 1, lines.get(i), productId == null ? null : products.get(productId)));
        }
        return terms;
    }

    private static OrderLineTerms terms(int number, OneCDocument.Line line, Product product) {
        if (line.quantity() == null) {
            throw new DocumentRefused("line " + number + ": no quantity (Количество)");
        }
        if (line.price() == null && line.amount() == null) {
            throw new DocumentRefused("line " + number + ": neither a price (ЦенаЗаЕдиницу) nor an amount (Сумма)");
        }
        String name = line.name() != null && !line.name().isBlank() ? line.name() : product == null ? null : product.name();
        if (name == null) {
            throw new DocumentRefused("line " + number + ": no name (Наименование) and no known product");
        }
        BigDecimal price = line.price() != null ? line.price()
                : line.quantity().signum() > 0 ? line.amount().divide(line.quantity(), 2, RoundingMode.HALF_UP) : null;
        try {
            return new OrderLineTerms(product == null ? null : product.id(), line.productExternalId(),
                    line.article() != null ? line.article() : product == null ? null : product.article(), name,
                    line.unitCode() != null ? line.unitCode() : product == null ? null : product.unitCode(),
                    product == null ? null : product.unitName(), line.quantity(), price, null, line.vatRate(),
                    line.amount());
        } catch (IllegalArgumentException e) {
            throw new DocumentRefused("line " + number + ": " + e.getMessage());
        }
    }
}

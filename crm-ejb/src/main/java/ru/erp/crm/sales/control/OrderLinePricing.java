package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.erp.crm.catalog.entity.PriceType;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.catalog.entity.ProductPrice;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.boundary.OrderDraft;
import ru.erp.crm.sales.entity.OrderLineTerms;

/**
 * Turns a validated draft's lines into line terms. A product line takes its name, article, unit,
 * VAT rate and 1C Ид from the catalogue, and its price as given or from the product's price of
 * the draft's price type; a free line is taken as given. An unknown or inactive product, an
 * unknown price type or a missing price is a field error naming the line.
 */
public final class OrderLinePricing {

    private final EntityManager em;

    public OrderLinePricing(EntityManager em) {
        this.em = em;
    }

    public List<OrderLineTerms> terms(OrderDraft draft) {
        List<Violation> violations = new ArrayList<>();
        Optional<PriceType> priceType = Optional.ofNullable(draft.priceTypeId()).map(id -> em.find(PriceType.class, id));
        if (draft.priceTypeId() != null && priceType.isEmpty()) {
            violations.add(new Violation("priceTypeId", "crm.validation.order.priceType", draft.priceTypeId()));
        }
        Map<Long, Product> products = products(draft);
        List<OrderLineTerms> terms = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            OrderDraft.Line line = draft.lines().get(i);
            String prefix = "lines[" + i + "].";
            if (line.productId() == null) {
                terms.add(OrderLineTerms.priced(null, null, null, line.name(), line.unitCode(), line.unitName(),
                        line.quantity(), line.price(), line.discountPercent(), line.vatRate()));
                continue;
            }
            Product product = products.get(line.productId());
            if (product == null || !product.active()) {
                violations.add(new Violation(prefix + "productId", "crm.validation.order.product", line.productId()));
                continue;
            }
            BigDecimal price = line.price() != null ? line.price() : priceType.flatMap(type -> priceOf(product, type)).orElse(null);
            if (price == null) {
                violations.add(new Violation(prefix + "price", "crm.validation.order.noPrice",
                        priceType.map(PriceType::name).orElse(String.valueOf(draft.priceTypeId()))));
                continue;
            }
            terms.add(OrderLineTerms.priced(product.id(), product.externalId(), product.article(), product.name(),
                    product.unitCode(), product.unitName(), line.quantity(), price, line.discountPercent(),
                    product.vatRate()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return terms;
    }

    private Map<Long, Product> products(OrderDraft draft) {
        List<Long> ids = draft.lines().stream().map(OrderDraft.Line::productId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Product p where p.id in :ids", Product.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Product::id, Function.identity()));
    }

    private static Optional<BigDecimal> priceOf(Product product, PriceType type) {
        return product.prices().stream().filter(price -> price.priceType().id().equals(type.id()))
                .map(ProductPrice::unitPrice).findFirst();
    }
}

package ru.erp.crm.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.catalog.boundary.ProductView.GroupRef;
import ru.erp.crm.catalog.boundary.ProductView.PriceView;
import ru.erp.crm.catalog.boundary.ProductView.StockView;
import ru.erp.crm.catalog.boundary.ProductView.UnitView;
import ru.erp.crm.catalog.control.ProductSearch;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.security.entity.Role;

/**
 * The product catalogue as the partner (1C) keeps it, with prices and stock. Every role may read
 * it: products are not restricted per record, unlike customers.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER,
        Role.Names.SUPPORT, Role.Names.FINANCE, Role.Names.ERP_ADMIN})
public class Products {

    @PersistenceContext
    EntityManager em;

    /** One page of products in name order; the total is counted only when the page does not tell it. */
    public Page<ProductView> list(ProductQuery query, PageRequest page) {
        ProductSearch search = new ProductSearch(em, query);
        List<Product> products = search.select(em, page).getResultList();
        long total = products.size() < page.size() && page.page() == 0 ? products.size() : search.count(em);
        return Page.of(views(products), total, page);
    }

    /** A product by its CRM id, active or not. */
    public Optional<ProductView> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id)).map(product -> views(List.of(product)).get(0));
    }

    /** The products' prices and stock come with one query each, whatever the page size. */
    private List<ProductView> views(List<Product> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        List<Long> ids = products.stream().map(Product::id).toList();
        Map<Long, List<PriceView>> prices = new HashMap<>();
        em.createQuery("select pr.product.id, t.externalId, t.name, pr.unitPrice, pr.currency, pr.unit"
                        + " from ProductPrice pr join pr.priceType t where pr.product.id in :ids"
                        + " order by t.name, t.externalId", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> prices.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new PriceView(
                        (String) row[1], (String) row[2], (BigDecimal) row[3], (String) row[4], (String) row[5])));
        Map<Long, List<StockView>> stock = new HashMap<>();
        em.createQuery("select s.product.id, w.externalId, w.name, s.quantity from StockLevel s join s.warehouse w"
                        + " where s.product.id in :ids order by w.name, w.externalId", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> stock.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new StockView(
                        (String) row[1], (String) row[2], (BigDecimal) row[3])));
        return products.stream().map(product -> new ProductView(product.id(), product.externalId(), product.article(),
                product.name(),
                product.group().map(group -> new GroupRef(group.id(), group.externalId(), group.name())).orElse(null),
                product.unitCode() == null && product.unitName() == null ? null
                        : new UnitView(product.unitCode(), product.unitName()),
                product.vatRate(), product.active(),
                prices.getOrDefault(product.id(), List.of()), stock.getOrDefault(product.id(), List.of()),
                product.totalQuantity(), product.parentId().orElse(null))).toList();
    }
}

package ru.erp.crm.catalog.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.entity.PriceType;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.catalog.entity.ProductGroup;
import ru.erp.crm.catalog.entity.ProductProperty;
import ru.erp.crm.catalog.entity.Warehouse;

/**
 * The catalogue records one batch can touch, read up front: one {@code external_id in (...)}
 * query per kind of record (per 1,000 ids, Oracle's limit for an IN list), never one per element.
 * What the batch creates is remembered here, so a later element of the same batch finds it without
 * a query (and without a flush: the batch is written at commit).
 *
 * <p>Collections of the records read are fetched in batches too: the first product whose prices
 * are needed loads the prices of all products read with it, in one query.
 */
final class KnownRecords {

    /** Oracle accepts at most 1,000 expressions in an IN list. */
    static final int IN_LIMIT = 1000;

    private final Map<String, PriceType> priceTypes;
    private final Map<String, Warehouse> warehouses;
    private final Map<String, ProductProperty> properties;
    private final Map<String, ProductGroup> groups;
    private final Map<String, Product> products;

    private KnownRecords(EntityManager em, Ids ids) {
        priceTypes = read(em, "select t from PriceType t where t.externalId in :ids", PriceType.class,
                ids.priceTypes, PriceType::externalId, List.of());
        warehouses = read(em, "select w from Warehouse w where w.externalId in :ids", Warehouse.class,
                ids.warehouses, Warehouse::externalId, List.of());
        properties = read(em, "select p from ProductProperty p where p.externalId in :ids", ProductProperty.class,
                ids.properties, ProductProperty::externalId, List.of("p.choices"));
        groups = read(em, "select g from ProductGroup g where g.externalId in :ids", ProductGroup.class,
                ids.groups, ProductGroup::externalId, List.of());
        products = read(em, "select p from Product p left join fetch p.group where p.externalId in :ids", Product.class,
                ids.products, Product::externalId,
                List.of("p.searchKeys", "p.propertyValues", "p.requisites", "p.prices", "p.prices.priceType",
                        "p.stock", "p.stock.warehouse"));
    }

    /** Reads the records the elements of this batch name, by their Ид. */
    static KnownRecords of(EntityManager em, List<CatalogElement> batch) {
        Ids ids = new Ids();
        batch.forEach(ids::collect);
        return new KnownRecords(em, ids);
    }

    Optional<PriceType> priceType(String externalId) {
        return Optional.ofNullable(priceTypes.get(externalId));
    }

    Optional<Warehouse> warehouse(String externalId) {
        return Optional.ofNullable(warehouses.get(externalId));
    }

    Optional<ProductProperty> property(String externalId) {
        return Optional.ofNullable(properties.get(externalId));
    }

    Optional<ProductGroup> group(String externalId) {
        return Optional.ofNullable(groups.get(externalId));
    }

    Optional<Product> product(String externalId) {
        return Optional.ofNullable(products.get(externalId));
    }

    /** The products of this batch (read or created) that are variants of one of these products. */
    List<Product> variantsOf(Set<Long> productIds) {
        return products.values().stream()
                .filter(product -> product.parentId().filter(productIds::contains).isPresent())
                .toList();
    }

    void remember(PriceType priceType) {
        priceTypes.put(priceType.externalId(), priceType);
    }

    void remember(Warehouse warehouse) {
        warehouses.put(warehouse.externalId(), warehouse);
    }

    void remember(ProductProperty property) {
        properties.put(property.externalId(), property);
    }

    void remember(ProductGroup group) {
        groups.put(group.externalId(), group);
    }

    void remember(Product product) {
        products.put(product.externalId(), product);
    }

    private static <T> Map<String, T> read(EntityManager em, String jpql, Class<T> type, Set<String> ids,
                                           Function<T, String> externalId, List<String> batchFetched) {
        Map<String, T> found = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_LIMIT) {
            TypedQuery<T> query = em.createQuery(jpql, type)
                    .setParameter("ids", all.subList(from, Math.min(from + IN_LIMIT, all.size())))
                    .setFlushMode(FlushModeType.COMMIT);
            if (!batchFetched.isEmpty()) {
                batchFetched.forEach(attribute -> query.setHint(QueryHints.BATCH, attribute));
                query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
                query.setHint(QueryHints.BATCH_SIZE, IN_LIMIT);
            }
            query.getResultList().forEach(record -> found.put(externalId.apply(record), record));
        }
        return found;
    }

    /** The Ид of every record a batch names, per kind of record. */
    private static final class Ids {
        final Set<String> priceTypes = new LinkedHashSet<>();
        final Set<String> warehouses = new LinkedHashSet<>();
        final Set<String> properties = new LinkedHashSet<>();
        final Set<String> groups = new LinkedHashSet<>();
        final Set<String> products = new LinkedHashSet<>();

        void collect(CatalogElement element) {
            if (element instanceof CatalogElement.PriceType priceType) {
                add(priceTypes, priceType.externalId());
            } else if (element instanceof CatalogElement.Warehouse warehouse) {
                add(warehouses, warehouse.externalId());
            } else if (element instanceof CatalogElement.Property property) {
                add(properties, property.externalId());
            } else if (element instanceof CatalogElement.Group group) {
                add(groups, group.externalId());
                add(groups, group.parentExternalId());
            } else if (element instanceof CatalogElement.Product product) {
                add(products, product.externalId());
                add(groups, CatalogBatch.groupOf(product));
            } else if (element instanceof CatalogElement.Offer offer) {
                String offerId = ExternalIds.clean(offer.externalId());
                if (offerId != null) {
                    OfferId id = OfferId.of(offerId);
                    add(products, id.productId());
                    add(products, id.variantId());
                }
                if (offer.prices() != null) {
                    offer.prices().forEach(price -> add(priceTypes, price.priceTypeExternalId()));
                }
                if (offer.stock() != null) {
                    offer.stock().forEach(stock -> add(warehouses, stock.warehouseExternalId()));
                }
            }
        }

        private static void add(Set<String> ids, String externalId) {
            String id = ExternalIds.clean(externalId);
            if (id != null) {
                ids.add(id);
            }
        }
    }
}

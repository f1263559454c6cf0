package ru.erp.crm.catalog.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogReport;
import ru.erp.crm.catalog.boundary.CatalogReport.ElementFailure;
import ru.erp.crm.catalog.entity.InvalidCatalogDataException;
import ru.erp.crm.catalog.entity.PriceList;
import ru.erp.crm.catalog.entity.PriceQuote;
import ru.erp.crm.catalog.entity.PriceType;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.catalog.entity.ProductDetails;
import ru.erp.crm.catalog.entity.ProductGroup;
import ru.erp.crm.catalog.entity.ProductProperty;
import ru.erp.crm.catalog.entity.ProductPropertyValue;
import ru.erp.crm.catalog.entity.ProductRequisite;
import ru.erp.crm.catalog.entity.PropertyChoice;
import ru.erp.crm.catalog.entity.StockQuantity;
import ru.erp.crm.catalog.entity.StockReport;
import ru.erp.crm.catalog.entity.Warehouse;

/**
 * Applies one batch of catalogue elements in the caller's transaction; the rules are those of
 * {@code CatalogImports.applyBatch}. Elements are applied in {@link ApplicationOrder}; failures
 * are reported in the batch's order.
 */
public final class CatalogBatch {

    private final EntityManager em;
    private final String channel;
    private final long messageId;
    private final Instant now;
    private final KnownRecords known;
    private final Set<Long> deactivatedProducts = new HashSet<>();
    private final Map<Integer, ElementFailure> failures = new TreeMap<>();
    private int applied;
    private int skipped;

    private CatalogBatch(EntityManager em, String channel, long messageId, Instant now, KnownRecords known) {
        this.em = em;
        this.channel = channel;
        this.messageId = messageId;
        this.now = now;
        this.known = known;
    }

    /** Applies the batch; the changes are written when the caller's transaction commits. */
    public static CatalogReport apply(EntityManager em, String channel, long messageId, List<CatalogElement> batch,
                                      Instant now) {
        em.setFlushMode(FlushModeType.COMMIT);
        CatalogBatch work = new CatalogBatch(em, channel, messageId, now, KnownRecords.of(em, batch));
        for (int index : ApplicationOrder.of(batch)) {
            work.applyElement(index, batch.get(index));
        }
        work.deactivateVariantsOfDeactivatedProducts();
        return new CatalogReport(batch.size(), work.applied, work.skipped, List.copyOf(work.failures.values()));
    }

    /** The first group a product names: the catalogue keeps one group per product. */
    static String groupOf(CatalogElement.Product product) {
        return product.groupExternalIds().stream().map(ExternalIds::clean).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private void applyElement(int index, CatalogElement element) {
        try {
            boolean changed;
            if (element instanceof CatalogElement.PriceType priceType) {
                changed = apply(priceType);
            } else if (element instanceof CatalogElement.Warehouse warehouse) {
                changed = apply(warehouse);
            } else if (element instanceof CatalogElement.Property property) {
                changed = apply(property);
            } else if (element instanceof CatalogElement.Group group) {
                changed = apply(group);
            } else if (element instanceof CatalogElement.Product product) {
                changed = apply(product);
            } else if (element instanceof CatalogElement.Offer offer) {
                changed = apply(offer);
            } else {
                throw new InvalidCatalogDataException(
                        Objects.requireNonNullElse(((CatalogElement.Unreadable) element).reason(), "unreadable element"));
            }
            if (changed) {
                applied++;
            } else {
                skipped++;
            }
        } catch (InvalidCatalogDataException refused) {
            failures.put(index, new ElementFailure(element.position(), element.externalId(), refused.getMessage()));
        }
    }

    private boolean apply(CatalogElement.PriceType element) {
        String id = requiredId(element);
        String hash = ContentHash.of(element);
        PriceType priceType = known.priceType(id).orElse(null);
        if (priceType == null) {
            priceType = new PriceType(id, element.name(), element.currency(), hash);
            em.persist(priceType);
            known.remember(priceType);
            return true;
        }
        if (priceType.hasContent(hash)) {
            return false;
        }
        priceType.describe(element.name(), element.currency(), hash);
        return true;
    }

    private boolean apply(CatalogElement.Warehouse element) {
        String id = requiredId(element);
        String hash = ContentHash.of(element);
        Warehouse warehouse = known.warehouse(id).orElse(null);
        if (warehouse == null) {
            warehouse = new Warehouse(id, element.name(), hash);
            em.persist(warehouse);
            known.remember(warehouse);
            return true;
        }
        if (warehouse.hasContent(hash)) {
            return false;
        }
        warehouse.describe(element.name(), hash);
        return true;
    }

    private boolean apply(CatalogElement.Property element) {
        String id = requiredId(element);
        String hash = ContentHash.of(element);
        ProductProperty property = known.property(id).orElse(null);
        if (property != null && property.hasContent(hash)) {
            return false;
        }
        List<PropertyChoice> choices = element.choices().stream()
                .map(choice -> new PropertyChoice(choice.externalId(), choice.value())).toList();
        if (property == null) {
            property = new ProductProperty(id, element.name(), element.valueType(), choices, hash);
            em.persist(property);
            known.remember(property);
        } else {
            property.describe(element.name(), element.valueType(), choices, hash);
        }
        return true;
    }

    private boolean apply(CatalogElement.Group element) {
        String id = requiredId(element);
        ProductGroup group = known.group(id).orElse(null);
        if (group != null) {
            group.markSeen(channel, messageId);
        }
        String parentId = ExternalIds.clean(element.parentExternalId());
        ProductGroup parent = parentId == null ? null : known.group(parentId)
                .orElseThrow(refusal(() -> "unknown parent group " + parentId));
        String hash = ContentHash.of(element);
        if (group == null) {
            group = new ProductGroup(id, element.name(), parent, hash);
            group.markSeen(channel, messageId);
            em.persist(group);
            known.remember(group);
        } else if (group.hasContent(hash)) {
            return false;
        } else {
            group.describe(element.name(), parent, hash);
        }
        if (element.deleted()) {
            group.deactivate();
        } else {
            group.activate();
        }
        return true;
    }

    private boolean apply(CatalogElement.Product element) {
        String id = requiredId(element);
        Product product = known.product(id).orElse(null);
        if (product != null) {
            product.markSeen(channel, messageId);
        }
        String hash = ContentHash.of(element);
        if (product != null && product.hasContent(hash)) {
            return false;
        }
        ProductDetails details = new ProductDetails(element.article(), element.name(), element.description(),
                element.unitCode(), element.unitName(), element.vatRate(), element.vatLabel(), element.barcode(),
                element.propertyValues().stream()
                        .map(value -> new ProductPropertyValue(value.propertyExternalId(), value.value())).toList(),
                element.requisites().stream()
                        .map(requisite -> new ProductRequisite(requisite.name(), requisite.value())).toList());
        String groupId = groupOf(element);
        ProductGroup group = groupId == null ? null : known.group(groupId)
                .orElseThrow(refusal(() -> "unknown group " + groupId));
        if (product == null) {
            product = new Product(id, details, group, hash, now);
            product.markSeen(channel, messageId);
            em.persist(product);
            known.remember(product);
        } else {
            product.describe(details, group, hash, now);
        }
        if (element.deleted()) {
            if (product.deactivate(now) && product.id() != null) {
                deactivatedProducts.add(product.id());
            }
        } else {
            product.activate(now);
        }
        return true;
    }

    /**
     * An offer changes prices and stock of its product, or of the variant product of a
     * characteristic, which it creates when it is new. Everything that can be refused is checked
     * first (the product, every price type, every quantity), so a refused offer changes nothing.
     */
    private boolean apply(CatalogElement.Offer element) {
        OfferId id = OfferId.of(requiredId(element));
        Product product = known.product(id.productId())
                .orElseThrow(refusal(() -> "offer for unknown product " + id.productId()));
        product.markSeen(channel, messageId);
        Product variant = id.namesVariant() ? known.product(id.variantId()).orElse(null) : null;
        if (variant != null) {
            variant.markSeen(channel, messageId);
        }
        PriceList prices = element.prices() == null ? null : priceList(element);
        List<Warehouse> newWarehouses = new ArrayList<>();
        StockReport stock = element.stock() == null && element.totalQuantity() == null ? null
                : stockReport(element, newWarehouses);

        boolean changed = false;
        Product target = product;
        if (id.namesVariant()) {
            String descriptionHash = ContentHash.offerDescription(element);
            if (variant == null) {
                target = Product.variantOf(product, id.variantId(), element.name(), element.article(), descriptionHash, now);
                target.markSeen(channel, messageId);
                changed = true;
            } else {
                target = variant;
                boolean describes = element.name() != null || element.article() != null;
                if (describes && !variant.hasContent(descriptionHash)) {
                    variant.describeVariant(element.name(), element.article(), descriptionHash, now);
                    changed = true;
                }
            }
            // a variant is offered while its product is: it follows the product's state
            changed |= product.active() ? target.activate(now) : target.deactivate(now);
        }
        if (prices != null) {
            String hash = ContentHash.offerPrices(element);
            if (!target.hasPrices(hash)) {
                target.applyPrices(prices, hash, now);
                changed = true;
            }
        }
        if (stock != null) {
            String hash = ContentHash.offerStock(element);
            if (!target.hasStock(hash)) {
                newWarehouses.forEach(warehouse -> {
                    em.persist(warehouse);
                    known.remember(warehouse);
                });
                target.applyStock(stock, hash, now);
                changed = true;
            }
        }
        if (target.id() == null) {
            em.persist(target);
            known.remember(target);
        }
        return changed;
    }

    /** Prices of price types the catalogue has not received are refused: the type says what a price means. */
    private PriceList priceList(CatalogElement.Offer offer) {
        List<PriceQuote> quotes = new ArrayList<>();
        for (CatalogElement.Price price : offer.prices()) {
            String typeId = ExternalIds.clean(price.priceTypeExternalId());
            if (typeId == null) {
                throw new InvalidCatalogDataException("price without its price type (ИдТипаЦены)");
            }
            PriceType type = known.priceType(typeId)
                    .orElseThrow(refusal(() -> "price of unknown price type " + typeId
                            + " (not received in a ТипыЦен of the classifier or an offers package)"));
            quotes.add(new PriceQuote(type, price.unitPrice(), price.currency(), price.unit()));
        }
        return new PriceList(quotes);
    }

    /**
     * Stock at a warehouse the catalogue does not know creates that warehouse under its Ид (1C
     * reports stock before, or without, defining its warehouses); it is written only when the
     * stock is.
     */
    private StockReport stockReport(CatalogElement.Offer offer, List<Warehouse> newWarehouses) {
        if (offer.stock() == null) {
            return new StockReport(null, offer.totalQuantity());
        }
        Map<String, Warehouse> unknown = new LinkedHashMap<>();
        List<StockQuantity> quantities = new ArrayList<>();
        for (CatalogElement.Stock stock : offer.stock()) {
            String warehouseId = ExternalIds.clean(stock.warehouseExternalId());
            if (warehouseId == null) {
                throw new InvalidCatalogDataException("stock without its warehouse (Склад/Ид)");
            }
            Warehouse warehouse = known.warehouse(warehouseId)
                    .orElseGet(() -> unknown.computeIfAbsent(warehouseId, Warehouse::namedAfterId));
            quantities.add(new StockQuantity(warehouse, stock.quantity()));
        }
        newWarehouses.addAll(unknown.values());
        return new StockReport(quantities, offer.totalQuantity());
    }

    /** Variants follow their product: those of a product deactivated in this batch are deactivated too. */
    private void deactivateVariantsOfDeactivatedProducts() {
        if (deactivatedProducts.isEmpty()) {
            return;
        }
        Set<Product> variants = new HashSet<>(known.variantsOf(deactivatedProducts));
        List<Long> ids = List.copyOf(deactivatedProducts);
        for (int from = 0; from < ids.size(); from += KnownRecords.IN_LIMIT) {
            variants.addAll(em.createQuery("select v from Product v where v.parentId in :ids and v.active = :active",
                            Product.class)
                    .setParameter("ids", ids.subList(from, Math.min(from + KnownRecords.IN_LIMIT, ids.size())))
                    .setParameter("active", true)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList());
        }
        variants.forEach(variant -> variant.deactivate(now));
    }

    private static String requiredId(CatalogElement element) {
        String id = ExternalIds.clean(element.externalId());
        if (id == null) {
            throw new InvalidCatalogDataException("missing Ид");
        }
        return id;
    }

    private static Supplier<InvalidCatalogDataException> refusal(Supplier<String> reason) {
        return () -> new InvalidCatalogDataException(reason.get());
    }
}

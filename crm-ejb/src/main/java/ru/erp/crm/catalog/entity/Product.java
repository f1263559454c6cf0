package ru.erp.crm.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import ru.erp.crm.customer.entity.SearchName;
import ru.erp.crm.platform.database.NumericBoolean;

/**
 * A product of the catalogue as the partner (1C) keeps it: its description, group, unit and VAT,
 * property values and requisites, its prices per price type and its stock per warehouse.
 *
 * <p>A characteristic of a product (a size, a colour: 1C's offer {@code p#c}) is a product of its
 * own, a <em>variant</em>, with its own external id {@code p#c}, name, prices and stock; it points
 * to its product and takes the product's group, unit and VAT when it is created.
 *
 * <p>Products are never deleted: one the partner deletes or a full catalogue leaves out is
 * deactivated. The import keeps three content hashes, one per kind of message that changes a
 * product (its description, its prices, its stock), and the channel and message that mentioned it
 * last; see {@code CatalogImports}. What can be refused is checked before anything changes: by
 * the value objects ({@link ProductDetails}, {@link PriceList}, {@link StockReport}) when they
 * are built, and by the changing methods before their first change.
 */
@Entity
@Table(name = "product")
public class Product {

    static final int NAME_LENGTH = 500;
    static final int ARTICLE_LENGTH = 100;
    private static final int EXTERNAL_ID_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    /** The product a variant belongs to, as an id: reading a variant never reads its product. */
    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    private String article;

    @Column(nullable = false)
    private String name;

    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Lob
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private ProductGroup group;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "vat_rate")
    private BigDecimal vatRate;

    @Column(name = "vat_label")
    private String vatLabel;

    private String barcode;

    @Convert(converter = NumericBoolean.class)
    private boolean active = true;

    @Column(name = "total_quantity")
    private BigDecimal totalQuantity;

    @ElementCollection
    @CollectionTable(name = "product_search_key", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "search_key")
    private Set<String> searchKeys = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "product_property_value", joinColumns = @JoinColumn(name = "product_id"))
    private List<ProductPropertyValue> propertyValues = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_requisite", joinColumns = @JoinColumn(name = "product_id"))
    private List<ProductRequisite> requisites = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProductPrice> prices = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<StockLevel> stock = new ArrayList<>();

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "price_hash")
    private String priceHash;

    @Column(name = "stock_hash")
    private String stockHash;

    private String channel;

    @Column(name = "last_message_id")
    private Long lastMessageId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Product() {
    }

    /** A product the partner describes for the first time; it needs a name. */
    public Product(String externalId, ProductDetails details, ProductGroup group, String contentHash, Instant now) {
        this.externalId = Texts.required("Ид", externalId, EXTERNAL_ID_LENGTH);
        if (details.name() == null) {
            throw new InvalidCatalogDataException("missing name (Наименование) for a new product");
        }
        this.createdAt = now;
        describe(details, group, contentHash, now);
    }

    private Product(Product product, String externalId, String name, String article, String contentHash, Instant now) {
        this.externalId = Texts.required("Ид", externalId, EXTERNAL_ID_LENGTH);
        this.parentId = product.id;
        this.group = product.group;
        this.unitCode = product.unitCode;
        this.unitName = product.unitName;
        this.vatRate = product.vatRate;
        this.vatLabel = product.vatLabel;
        this.article = product.article;
        this.name = product.name;
        this.createdAt = now;
        describeVariant(name, article, contentHash, now);
    }

    /**
     * A characteristic of {@code product} (1C's offer {@code p#c}): named by the offer, or like its
     * product when the offer gives no name; in the product's group, with its unit and VAT.
     */
    public static Product variantOf(Product product, String externalId, String name, String article,
                                    String contentHash, Instant now) {
        if (product.id == null) {
            throw new IllegalStateException("A variant refers to its product by id: persist " + product.externalId + " first");
        }
        if (product.isVariant()) {
            throw new InvalidCatalogDataException(externalId + " is a characteristic of " + product.externalId
                    + ", which is itself a characteristic");
        }
        return new Product(product, externalId, name, article, contentHash, now);
    }

    /**
     * Takes the partner's description of the product. A name that is not given keeps the current
     * one; property values and requisites are replaced only when they differ.
     */
    public void describe(ProductDetails details, ProductGroup group, String contentHash, Instant now) {
        this.article = details.article();
        rename(details.name() != null ? details.name() : this.name);
        this.description = details.description();
        this.group = group;
        this.unitCode = details.unitCode();
        this.unitName = details.unitName();
        this.vatRate = details.vatRate();
        this.vatLabel = details.vatLabel();
        this.barcode = details.barcode();
        replaceIfDifferent(propertyValues, details.propertyValues());
        replaceIfDifferent(requisites, details.requisites());
        this.contentHash = contentHash;
        this.updatedAt = now;
    }

    /** A variant's own name and article, as its offer gives them; what the offer leaves out stays. */
    public void describeVariant(String name, String article, String contentHash, Instant now) {
        String newName = Texts.optional("name (Наименование)", name, NAME_LENGTH);
        String newArticle = Texts.optional("article (Артикул)", article, ARTICLE_LENGTH);
        if (newArticle != null) {
            this.article = newArticle;
        }
        rename(newName != null ? newName : this.name);
        this.contentHash = contentHash;
        this.updatedAt = now;
    }

    /**
     * Replaces the product's prices with these: a price type not quoted loses its price, the
     * others are updated in place (the row per product and type stays; deleting and inserting it
     * again would collide on the unique key, since inserts are written before deletes).
     */
    public void applyPrices(PriceList priceList, String priceHash, Instant now) {
        replaceByKey(prices, priceList.quotes(), price -> price.priceType().externalId(),
                quote -> quote.priceType().externalId(), ProductPrice::reprice, quote -> new ProductPrice(this, quote));
        this.priceHash = priceHash;
        this.updatedAt = now;
    }

    /**
     * Takes the partner's stock of the product: quantities per warehouse, when the report has
     * them, replace the stored ones (updated in place, like prices); the total always changes.
     */
    public void applyStock(StockReport report, String stockHash, Instant now) {
        if (report.quantities() != null) {
            replaceByKey(stock, report.quantities(), level -> level.warehouse().externalId(),
                    quantity -> quantity.warehouse().externalId(), (level, quantity) -> level.count(quantity.quantity()),
                    quantity -> new StockLevel(this, quantity.warehouse(), quantity.quantity()));
        }
        if (totalQuantity == null || totalQuantity.compareTo(report.total()) != 0) {
            this.totalQuantity = report.total();
        }
        this.stockHash = stockHash;
        this.updatedAt = now;
    }

    /**
     * The partner deleted the product, or a full catalogue left it out: it stays, inactive.
     * Returns whether it was active until now.
     */
    public boolean deactivate(Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        updatedAt = now;
        return true;
    }

    /** Returns whether it was inactive until now. */
    public boolean activate(Instant now) {
        if (active) {
            return false;
        }
        active = true;
        updatedAt = now;
        return true;
    }

    /** Records that an exchange message of this channel mentioned the product, changed or not. */
    public void markSeen(String channel, long messageId) {
        this.channel = channel;
        this.lastMessageId = messageId;
    }

    public boolean hasContent(String hash) {
        return hash.equals(contentHash);
    }

    public boolean hasPrices(String hash) {
        return hash.equals(priceHash);
    }

    public boolean hasStock(String hash) {
        return hash.equals(stockHash);
    }

    public boolean isVariant() {
        return parentId != null;
    }

    private void rename(String name) {
        this.name = name;
        this.searchName = SearchName.of(name);
        Set<String> keys = new HashSet<>();
        Stream.of(searchName, SearchName.of(article)).filter(key -> !key.isEmpty()).forEach(keys::add);
        // retain/add instead of clear/add: unchanged keys cost no writes
        searchKeys.retainAll(keys);
        searchKeys.addAll(keys);
    }

    /**
     * Makes {@code rows} the rows of {@code given} (one per key): a row whose key is not given
     * goes, a row whose key is given is updated in place, a new key gets a new row.
     */
    private static <R, V> void replaceByKey(List<R> rows, List<V> given, Function<R, String> rowKey,
                                            Function<V, String> givenKey, BiConsumer<R, V> update, Function<V, R> create) {
        Map<String, V> byKey = new LinkedHashMap<>();
        given.forEach(value -> byKey.put(givenKey.apply(value), value));
        rows.removeIf(row -> !byKey.containsKey(rowKey.apply(row)));
        Map<String, R> existing = new HashMap<>();
        rows.forEach(row -> existing.put(rowKey.apply(row), row));
        byKey.forEach((key, value) -> {
            R row = existing.get(key);
            if (row == null) {
                rows.add(create.apply(value));
            } else {
                update.accept(row, value);
            }
        });
    }

    private static <T> void replaceIfDifferent(List<T> current, List<T> given) {
        if (!current.equals(given)) {
            current.clear();
            current.addAll(given);
        }
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    public String article() {
        return article;
    }

    public String name() {
        return name;
    }

    public String searchName() {
        return searchName;
    }

    public Set<String> searchKeys() {
        return Set.copyOf(searchKeys);
    }

    public String description() {
        return description;
    }

    public Optional<ProductGroup> group() {
        return Optional.ofNullable(group);
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public String vatLabel() {
        return vatLabel;
    }

    public String barcode() {
        return barcode;
    }

    public boolean active() {
        return active;
    }

    public BigDecimal totalQuantity() {
        return totalQuantity;
    }

    public List<ProductPropertyValue> propertyValues() {
        return List.copyOf(propertyValues);
    }

    public List<ProductRequisite> requisites() {
        return List.copyOf(requisites);
    }

    public List<ProductPrice> prices() {
        return List.copyOf(prices);
    }

    public List<StockLevel> stock() {
        return List.copyOf(stock);
    }

    public String channel() {
        return channel;
    }

    public Long lastMessageId() {
        return lastMessageId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

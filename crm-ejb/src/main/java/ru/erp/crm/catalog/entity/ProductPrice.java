package ru.erp.crm.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The price of a product for one price type; a product has at most one per type. Part of the {@link Product}. */
@Entity
@Table(name = "product_price")
public class ProductPrice {

    @Id
    @SequenceGenerator(name = "product_price_seq", sequenceName = "product_price_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_price_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(optional = false)
    @JoinColumn(name = "price_type_id")
    private PriceType priceType;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    private String currency;

    private String unit;

    protected ProductPrice() {
    }

    ProductPrice(Product product, PriceQuote quote) {
        this.product = product;
        this.priceType = quote.priceType();
        reprice(quote);
    }

    /** Takes the new quote of the same price type; writes nothing when the quote is the same. */
    void reprice(PriceQuote quote) {
        if (unitPrice == null || unitPrice.compareTo(quote.unitPrice()) != 0) {
            this.unitPrice = quote.unitPrice();
        }
        this.currency = quote.currency();
        this.unit = quote.unit();
    }

    public Long id() {
        return id;
    }

    public PriceType priceType() {
        return priceType;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public String currency() {
        return currency;
    }

    public String unit() {
        return unit;
    }
}

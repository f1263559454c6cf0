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

/** How much of a product one warehouse holds; one row per product and warehouse. Part of the {@link Product}. */
@Entity
@Table(name = "stock_level")
public class StockLevel {

    @Id
    @SequenceGenerator(name = "stock_level_seq", sequenceName = "stock_level_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_level_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(optional = false)
    @JoinColumn(name = "warehouse_id")
    private Warehouse warehouse;

    @Column(nullable = false)
    private BigDecimal quantity;

    protected StockLevel() {
    }

    StockLevel(Product product, Warehouse warehouse, BigDecimal quantity) {
        this.product = product;
        this.warehouse = warehouse;
        this.quantity = quantity;
    }

    /** Writes nothing when the quantity is the same (1.0 and 1.000 are). */
    void count(BigDecimal quantity) {
        if (this.quantity.compareTo(quantity) != 0) {
            this.quantity = quantity;
        }
    }

    public Long id() {
        return id;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public BigDecimal quantity() {
        return quantity;
    }
}

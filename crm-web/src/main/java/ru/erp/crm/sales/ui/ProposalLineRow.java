package ru.erp.crm.sales.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import ru.erp.crm.sales.boundary.OrderDraft;
import ru.erp.crm.sales.boundary.ProposalVersionView;

/**
 * One editable line of the proposal editor: a catalogue product (its name, unit and VAT come
 * from the catalogue; the price is prefilled from its price list and may be changed) or a free
 * line. The amount shown is the boundary's, after saving.
 */
public class ProposalLineRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long productId;
    private String name;
    private String unitName;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal price;
    private BigDecimal discountPercent;
    private BigDecimal vatRate;
    private BigDecimal amount;

    static ProposalLineRow of(ProposalVersionView.Line line) {
        ProposalLineRow row = new ProposalLineRow();
        row.productId = line.productId();
        row.name = line.name();
        row.unitName = line.unitName();
        row.quantity = line.quantity();
        row.price = line.price();
        row.discountPercent = line.discountPercent().signum() == 0 ? null : line.discountPercent();
        row.vatRate = line.vatRate();
        row.amount = line.amount();
        return row;
    }

    static ProposalLineRow of(ProductChoice product) {
        ProposalLineRow row = new ProposalLineRow();
        row.productId = product.id();
        row.name = product.name();
        row.unitName = product.unitName();
        row.price = product.price();
        row.vatRate = product.vatRate();
        return row;
    }

    /** A free line, typed in. */
    static ProposalLineRow free() {
        return new ProposalLineRow();
    }

    OrderDraft.Line toLine() {
        return productId != null
                ? new OrderDraft.Line(productId, null, null, null, quantity, price, discountPercent, null)
                : new OrderDraft.Line(null, name, null, unitName, quantity, price, discountPercent, vatRate);
    }

    public boolean isProduct() { return productId != null; }
    public Long getProductId() { return productId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(BigDecimal discountPercent) { this.discountPercent = discountPercent; }
    public BigDecimal getVatRate() { return vatRate; }
    public void setVatRate(BigDecimal vatRate) { this.vatRate = vatRate; }
    public BigDecimal getAmount() { return amount; }
}

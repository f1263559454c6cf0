package ru.erp.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import ru.erp.crm.security.entity.Role;

/**
 * The largest effective line discount a role gives on its own; above it a proposal needs a
 * head's approval. Seeded by the migration (manager 10 %, head 25 %, admin 100 %).
 */
@Entity
@Table(name = "discount_limit")
public class DiscountLimit {

    /** A role name; kept as text because JPA ids are basic values, not enums. */
    @Id
    private String role;

    @Column(name = "max_percent", nullable = false)
    private BigDecimal maxPercent;

    protected DiscountLimit() {
    }

    public DiscountLimit(Role role, BigDecimal maxPercent) {
        this.role = role.name();
        this.maxPercent = maxPercent;
    }

    public Role role() {
        return Role.valueOf(role);
    }

    public BigDecimal maxPercent() {
        return maxPercent;
    }
}

package ru.erp.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.erp.crm.customer.entity.CustomerCategory;

/** A user may see the customers of one category. */
@Entity
@Table(name = "category_grant")
public class CategoryGrant {

    @Id
    @SequenceGenerator(name = "category_grant_seq", sequenceName = "category_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_grant_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private CustomerCategory category;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected CategoryGrant() {
    }

    public CategoryGrant(UserAccount user, CustomerCategory category, String grantedBy, Instant grantedAt) {
        this.user = user;
        this.category = category;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long id() {
        return id;
    }

    public UserAccount user() {
        return user;
    }

    public CustomerCategory category() {
        return category;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}

package ru.erp.crm.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * The name and article search keys of products, read-only, for queries only: a prefix search is
 * "p.id in (select k.productId from ProductSearchKey k where k.searchKey like :prefix)", one range
 * scan of one index. {@link Product} writes the rows through its own mapping of the same table.
 */
@Entity
@ReadOnly
@Table(name = "product_search_key")
@IdClass(ProductSearchKey.Key.class)
public class ProductSearchKey {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Id
    @Column(name = "search_key")
    private String searchKey;

    protected ProductSearchKey() {
    }

    public Long productId() {
        return productId;
    }

    public String searchKey() {
        return searchKey;
    }

    /** The composite primary key (a class, not a record: JPA sets its fields). */
    public static class Key implements Serializable {

        private Long productId;
        private String searchKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(productId, key.productId)
                    && Objects.equals(searchKey, key.searchKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, searchKey);
        }
    }
}

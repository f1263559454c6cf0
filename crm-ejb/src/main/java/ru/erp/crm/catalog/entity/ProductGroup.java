package ru.erp.crm.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.erp.crm.platform.database.NumericBoolean;

/**
 * A product group (Группа) of the partner's classifier; groups nest. The parent is kept as an id:
 * the import reads groups by the hundred, and a mapped parent would be read eagerly, one query
 * per level (EclipseLink runs without weaving here, so lazy to-one mappings are eager).
 *
 * <p>A group the partner deletes, or a full catalogue leaves out, is deactivated, never deleted:
 * products and documents still refer to it.
 */
@Entity
@Table(name = "product_group")
public class ProductGroup {

    static final int NAME_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "product_group_seq", sequenceName = "product_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_group_seq")
    private Long id;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String name;

    @Convert(converter = NumericBoolean.class)
    private boolean active = true;

    @Column(name = "content_hash")
    private String contentHash;

    private String channel;

    @Column(name = "last_message_id")
    private Long lastMessageId;

    @Version
    private long version;

    protected ProductGroup() {
    }

    public ProductGroup(String externalId, String name, ProductGroup parent, String contentHash) {
        this.externalId = ExternalIds.required(externalId);
        describe(name, parent, contentHash);
    }

    /** Validates everything before changing anything, so a refusal leaves the group as it was. */
    public void describe(String name, ProductGroup parent, String contentHash) {
        String newName = Texts.required("group name (Наименование)", name, NAME_LENGTH);
        if (parent == this || parent != null && parent.externalId.equals(externalId)) {
            throw new InvalidCatalogDataException("group " + externalId + " names itself as its parent");
        }
        this.name = newName;
        this.parentId = parent == null ? null : parent.id;
        this.contentHash = contentHash;
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Records that an exchange message of this channel mentioned the group. */
    public void markSeen(String channel, long messageId) {
        this.channel = channel;
        this.lastMessageId = messageId;
    }

    public boolean hasContent(String hash) {
        return hash.equals(contentHash);
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public Long parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public String channel() {
        return channel;
    }

    public Long lastMessageId() {
        return lastMessageId;
    }

    public long version() {
        return version;
    }
}

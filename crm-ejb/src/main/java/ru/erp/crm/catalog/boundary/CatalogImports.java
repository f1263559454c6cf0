package ru.erp.crm.catalog.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import ru.erp.crm.catalog.control.CatalogBatch;

/**
 * Where the partner's catalogue lands: upserts groups, properties, price types, warehouses,
 * products and offers by their Ид, one transaction per batch. Called from exchange routes, which
 * run without a caller (hence {@code @PermitAll}).
 *
 * <p>There is deliberately no audit entry per imported record: the exchange journal records the
 * message, its counts and its refused elements, and an entry per product would double the rows
 * written by an import of a hundred thousand products.
 */
@Stateless
@PermitAll
public class CatalogImports {

    @PersistenceContext
    EntityManager em;

    /**
     * Applies one batch of elements of message {@code messageId} (the exchange journal's id) of
     * {@code channel} in one transaction, and reports each element as applied, skipped or refused;
     * {@code read} is the batch's size and equals applied + skipped + failed.
     *
     * <p><b>Idempotency.</b> Each element's content hash (SHA-256 over every field but its
     * position) is stored with the record it landed in. An element whose hash is the stored one
     * was applied before and is skipped without writing anything, so a re-sent file or an import
     * resumed after a crash applies nothing twice. A product keeps three hashes: of its
     * description (Товар), of its prices and of its stock (both from offers, which 1C sends in
     * separate files), so a change of price alone rewrites only the prices.
     *
     * <p><b>Full catalogues.</b> Every group and product an element names is marked with the
     * channel and the message, also when it was skipped or refused, so that
     * {@link #deactivateMissing} deactivates exactly what the message did not mention.
     *
     * <p><b>Rules.</b>
     * <ul>
     *   <li>Refused, with the reason: an {@link CatalogElement.Unreadable} element; any element
     *       without Ид; a group, property or price type without a name; a new product without a
     *       name; a text longer than its column (nothing is cut); a negative price, a VAT rate
     *       outside 0..100; a group whose parent group is unknown; a product whose (first) group
     *       is unknown; an offer whose product is unknown; an offer with a price of an unknown
     *       price type (the whole offer, prices and stock: price types are configuration, and
     *       applying the rest would store a hash that makes the corrected re-send look applied).
     *       Groups, products and price types reach the CRM in the classifier and catalogue before
     *       the offers that use them; the batch applies its elements kind by kind, so one batch may
     *       carry both.</li>
     *   <li>Stock at an unknown warehouse creates the warehouse under its Ид as its name (1C sends
     *       stock before, or without, defining warehouses); its definition renames it later.</li>
     *   <li>A product's property values are kept under the property's Ид, also for properties not
     *       (yet) received. A product keeps one group: the first it names.</li>
     *   <li>An offer {@code p#c} for a known product {@code p} creates or updates the variant
     *       product {@code p#c}: named by the offer (like {@code p} when the offer has no name), with
     *       {@code p}'s group, unit and VAT. An offer with {@code prices == null} leaves prices alone,
     *       with {@code stock == null} and no total leaves stock alone. The prices an offer carries
     *       replace the product's prices; its stock replaces the stock per warehouse, and the total
     *       is the one sent or else the sum.</li>
     *   <li>A deleted group or product (ПометкаУдаления) is deactivated, never deleted; variants
     *       follow their product.</li>
     * </ul>
     *
     * <p><b>Speed.</b> The records the batch names are read with one {@code external_id in (...)}
     * query per kind of record (per 1,000 ids), their collections in batches; there is no query and
     * no flush per element (flush mode COMMIT), and everything is written at commit in JDBC batches.
     */
    public CatalogReport applyBatch(String channel, long messageId, List<CatalogElement> batch) {
        return CatalogBatch.apply(em, channel, messageId, batch, Instant.now());
    }

    /**
     * For a full catalogue (СодержитТолькоИзменения = false), after its last batch: deactivates the
     * products and groups of {@code channel} that message {@code messageId} did not mention, and
     * the variants of every inactive product. Nothing is deleted. Their content hashes are cleared,
     * so the next message that mentions them applies them again and thereby reactivates them.
     * Variants are mentioned by offers only, which not every exchange sends in full, so they follow
     * their product instead of their own marks.
     *
     * @return how many products (variants included) and groups were deactivated now
     */
    public int deactivateMissing(String channel, long messageId) {
        Instant now = Instant.now();
        int groups = em.createQuery("update ProductGroup g set g.active = :inactive, g.contentHash = null,"
                        + " g.version = g.version + 1 where g.channel = :channel and g.active = :active"
                        + " and (g.lastMessageId is null or g.lastMessageId <> :messageId)")
                .setParameter("inactive", false).setParameter("active", true)
                .setParameter("channel", channel).setParameter("messageId", messageId)
                .executeUpdate();
        int products = em.createQuery("update Product p set p.active = :inactive, p.contentHash = null,"
                        + " p.updatedAt = :now, p.version = p.version + 1 where p.channel = :channel"
                        + " and p.active = :active and p.parentId is null"
                        + " and (p.lastMessageId is null or p.lastMessageId <> :messageId)")
                .setParameter("inactive", false).setParameter("active", true).setParameter("now", now)
                .setParameter("channel", channel).setParameter("messageId", messageId)
                .executeUpdate();
        int variants = em.createQuery("update Product v set v.active = :inactive, v.updatedAt = :now,"
                        + " v.version = v.version + 1 where v.channel = :channel and v.active = :active"
                        + " and v.parentId in (select p.id from Product p where p.active = :inactive)")
                .setParameter("inactive", false).setParameter("active", true).setParameter("now", now)
                .setParameter("channel", channel)
                .executeUpdate();
        return groups + products + variants;
    }
}

package ru.erp.crm.sales.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.customer.boundary.CustomerAssembler;
import ru.erp.crm.customer.control.OneCCounterparties;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.exchange.boundary.ExchangeInbox;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.boundary.Outbox;
import ru.erp.crm.exchange.boundary.OutboxDestinations;
import ru.erp.crm.exchange.boundary.OutboxEntryView;
import ru.erp.crm.finance.control.OneCInvoices;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.hashing.ContentDigest;
import ru.erp.crm.platform.i18n.Texts;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.boundary.DocumentImportReport.DocumentFailure;
import ru.erp.crm.sales.control.DocumentHash;
import ru.erp.crm.sales.control.DocumentRefused;
import ru.erp.crm.sales.control.OneCCurrency;
import ru.erp.crm.sales.control.OneCOrderLines;
import ru.erp.crm.sales.control.OneCOrderStates;
import ru.erp.crm.sales.control.OrderAccess;
import ru.erp.crm.sales.control.OrderHistory;
import ru.erp.crm.sales.control.OrderOutbox;
import ru.erp.crm.sales.control.ShipmentRequests;
import ru.erp.crm.sales.control.SiteDocuments;
import ru.erp.crm.sales.entity.OrderEventKind;
import ru.erp.crm.sales.entity.OrderLineTerms;
import ru.erp.crm.sales.entity.OrderSource;
import ru.erp.crm.sales.entity.OrderStatus;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.sales.entity.ShipmentStatus;

/**
 * The sales side of the exchanges: confirmed orders handed to 1C and confirmed by it, the
 * documents 1C sends back, and shipment requests and statuses with logistics. Callers are
 * technical (the 1C channel, the routes), so no user roles are checked.
 *
 * <p>1C documents apply once: an order remembers the content hash of the last 1C document applied
 * to it, an invoice or shipment document is recorded in the exchange inbox under its hash, and a
 * logistics status under the sender's message id. A document that cannot be applied becomes a
 * failure entry of its batch and changes nothing; the rest of the batch applies.
 */
@Stateless
@Local(OrderExchange.class)
@PermitAll
public class OrderExchanges implements OrderExchange {

    /** The actor of what 1C's queries and logistics do to an order: neither has a user. */
    static final String ONE_C_ACTOR = "1c";
    static final String LOGISTICS_ACTOR = "logistics";
    /** The inbox keys of 1C's invoice and shipment documents: the prefix and the content hash. */
    static final String DOCUMENT_KEY_PREFIX = "1c-doc:";
    private static final int INBOX_KEY_LENGTH = 128;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    Outbox outbox;

    @EJB
    ExchangeInbox inbox;

    @EJB
    CustomerAssembler assembler;

    /** The zone an order's time of day is told in to 1C: the server's, as the users' dates are. */
    Clock clock = Clock.systemDefaultZone();

    // --- 1C pulls orders ---

    @Override
    public List<OrderDocument> handOutToSite(String token, int limit) {
        Instant now = Instant.now(clock);
        List<OutboxEntryView> entries = outbox.handOut(OutboxDestinations.ONE_C_SITE, token, limit);
        List<OrderDocument> documents = new ArrayList<>();
        for (Long orderId : SiteDocuments.orderIds(entries)) {
            SalesOrder order = em.find(SalesOrder.class, orderId);
            documents.add(SiteDocuments.of(order, clock.getZone()));
            history().record(order, OrderEventKind.HANDED_TO_1C, ONE_C_ACTOR,
                    "version " + order.version() + " in the answer to query " + token, now);
        }
        return documents;
    }

    /** @return how many orders 1C confirmed */
    @Override
    public int confirmSiteHandOut(String token) {
        Instant now = Instant.now(clock);
        Map<Long, Long> versions = SiteDocuments.confirmedVersions(
                outbox.confirmHandOut(OutboxDestinations.ONE_C_SITE, token));
        versions.forEach((orderId, version) -> {
            SalesOrder order = em.find(SalesOrder.class, orderId);
            order.exportedToOneC(version);
            history().record(order, OrderEventKind.EXPORTED_TO_1C, ONE_C_ACTOR, "1C took version " + version, now);
        });
        return versions.size();
    }

    // --- 1C sends documents ---

    /**
     * Orders are found by the CRM's Ид (their guid), then by number, then by 1C's own Ид; what
     * 1C says about them is applied (an order 1C cancelled or marked for deletion is cancelled,
     * and its unsent shipment request withdrawn), and a changed order is not handed back to 1C.
     * An order the CRM does not know becomes a confirmed order from 1C for the buyer (found by
     * GUID, then INN+KPP, else created), which goes nowhere; a deleted one the CRM does not know
     * changes nothing and counts as skipped. Invoices are upserted by their Ид (see
     * {@link OneCInvoices}); a shipment gives its order (named by the shipment's Основание, else
     * its Номер) the shipment's number and date. Other operations are reported, not applied.
     */
    @Override
    public DocumentImportReport applyOneCDocuments(String channel, long messageId, List<OneCDocument> batch) {
        Instant now = Instant.now(clock);
        OneCCounterparties buyers = new OneCCounterparties(em, assembler, audit);
        int applied = 0;
        int skipped = 0;
        List<DocumentFailure> failures = new ArrayList<>();
        for (OneCDocument document : batch) {
            try {
                if (apply(document, channel, buyers, now)) {
                    applied++;
                } else {
                    skipped++;
                }
            } catch (DocumentRefused | IllegalArgumentException e) {
                failures.add(new DocumentFailure(document.position(), document.externalId(), e.getMessage()));
            } catch (RuleViolationException e) {
                failures.add(new DocumentFailure(document.position(), document.externalId(),
                        Texts.text(e.messageKey(), e.arguments(), Locale.ENGLISH)));
            }
        }
        return new DocumentImportReport(batch.size(), applied, skipped, failures);
    }

    /** @return whether the document changed something, false when it had been applied before */
    private boolean apply(OneCDocument document, String channel, OneCCounterparties buyers, Instant now) {
        if (document.externalId() == null || document.externalId().isBlank()) {
            throw new DocumentRefused("no Ид");
        }
        String hash = DocumentHash.of(document);
        OneCDocument.Kind kind = document.kind() == null ? OneCDocument.Kind.OTHER : document.kind();
        return switch (kind) {
            case ORDER -> applyOrder(document, hash, channel, buyers, now);
            case INVOICE -> applyInvoice(document, hash, channel, buyers);
            case SHIPMENT -> applyShipment(document, hash, channel, now);
            case OTHER -> throw new DocumentRefused("operation «" + document.operation() + "» is not applied");
        };
    }

    private boolean applyOrder(OneCDocument document, String hash, String channel, OneCCounterparties buyers,
                               Instant now) {
        Optional<SalesOrder> known = orderOf(document);
        if (known.isPresent()) {
            return applyOrderState(known.get(), document, hash, channel, now);
        }
        if (document.deleted()) {
            return false;
        }
        List<OrderLineTerms> lines = OneCOrderLines.terms(document.lines(), productsOf(document));
        if (document.date() == null) {
            throw new DocumentRefused("no date (Дата)");
        }
        String currency = OneCCurrency.code(document.currency());
        Counterparty customer = buyerOf(document, buyers, channel);
        SalesOrder order = new SalesOrder(customer, document.date(), currency, OrderSource.ONE_C, channel, now);
        order.replaceLines(lines);
        em.persist(order);
        order.assignNumber();
        order.confirm(now);
        order.applyOneCState(OneCOrderStates.of(document), hash, now);
        audit.record(AuditAction.IMPORT, OrderAccess.ENTITY, order.id(), "created from 1C document " + document.number(),
                null, order.snapshot());
        history().recordForCustomer(order, OrderEventKind.IMPORTED_FROM_1C, channel, "from 1C document № "
                + document.number() + " of " + document.date() + ", " + order.total() + " " + order.currency(), now);
        return true;
    }

    private boolean applyOrderState(SalesOrder order, OneCDocument document, String hash, String channel, Instant now) {
        if (order.carriesOneCContent(hash)) {
            return false;
        }
        Map<String, Object> before = order.snapshot();
        boolean wasCancelled = order.status() == OrderStatus.CANCELLED;
        List<String> changes = order.applyOneCState(OneCOrderStates.of(document), hash, now);
        if (!wasCancelled && order.status() == OrderStatus.CANCELLED) {
            new OrderOutbox(em, outbox).withdrawShipmentRequest(order);
        }
        if (!changes.isEmpty()) {
            history().recordForCustomer(order, OrderEventKind.STATUS_FROM_1C, channel, "1C: " + String.join(", ", changes),
                    now);
            audit.record(AuditAction.IMPORT, OrderAccess.ENTITY, order.id(), "updated from 1C document "
                    + document.number(), before, order.snapshot());
        }
        return true;
    }

    private boolean applyInvoice(OneCDocument document, String hash, String channel, OneCCounterparties buyers) {
        String key = DOCUMENT_KEY_PREFIX + hash;
        if (inbox.alreadyApplied(channel, key)) {
            return false;
        }
        String currency = OneCCurrency.code(document.currency());
        OneCInvoices.Outcome outcome = new OneCInvoices(em, audit).apply(document.externalId(), document.number(),
                document.date(), () -> buyerOf(document, buyers, channel), document.amount(), currency,
                document.deleted(), channel);
        inbox.markApplied(channel, key, "1C document " + document.externalId(), "invoice " + document.number() + " "
                + outcome);
        return outcome != OneCInvoices.Outcome.UNCHANGED;
    }

    private boolean applyShipment(OneCDocument document, String hash, String channel, Instant now) {
        String key = DOCUMENT_KEY_PREFIX + hash;
        if (inbox.alreadyApplied(channel, key)) {
            return false;
        }
        String orderNumber = document.baseNumber() != null && !document.baseNumber().isBlank() ? document.baseNumber()
                : document.number();
        SalesOrder order = orderNumbered(orderNumber)
                .orElseThrow(() -> new DocumentRefused("no order numbered «" + orderNumber + "»"));
        Map<String, Object> before = order.snapshot();
        List<String> changes = order.recordOneCShipment(document.number(), document.date(), now);
        if (!changes.isEmpty()) {
            history().recordForCustomer(order, OrderEventKind.SHIPMENT_FROM_1C, channel, "1C: " + String.join(", ", changes),
                    now);
            audit.record(AuditAction.IMPORT, OrderAccess.ENTITY, order.id(), "shipment from 1C document "
                    + document.number(), before, order.snapshot());
        }
        inbox.markApplied(channel, key, "1C document " + document.externalId(), "shipment " + document.number()
                + " of order " + order.number());
        return !changes.isEmpty();
    }

    /** The CRM's order a 1C order document is about: by the CRM's Ид, its number, or 1C's own Ид. */
    private Optional<SalesOrder> orderOf(OneCDocument document) {
        return first("o.guid", document.externalId())
                .or(() -> first("o.number", document.number()))
                .or(() -> first("o.oneCId", document.externalId()));
    }

    /** An order by the CRM's number, else by the number 1C gave it. */
    private Optional<SalesOrder> orderNumbered(String number) {
        return first("o.number", number).or(() -> first("o.oneCNumber", number));
    }

    private Optional<SalesOrder> first(String attribute, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select o from SalesOrder o where " + attribute + " = :value order by o.id desc",
                SalesOrder.class).setParameter("value", value.strip()).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The customer a document's buyer names: found by 1C GUID, then INN+KPP; created in the import
     * category when it has requisites; refused when it is unknown and has none.
     */
    private static Counterparty buyerOf(OneCDocument document, OneCCounterparties buyers, String channel) {
        CounterpartyImport buyer = document.buyer();
        if (buyer == null) {
            throw new DocumentRefused("no buyer (Контрагент)");
        }
        Optional<Counterparty> known = buyers.match(buyer);
        if (known.isPresent()) {
            return known.get();
        }
        if (buyer.inn() == null || buyer.inn().isBlank()) {
            throw new DocumentRefused("unknown buyer «" + buyer.name() + "» without requisites (ИНН)");
        }
        List<Violation> violations = OneCCounterparties.violationsOf(buyer);
        if (!violations.isEmpty()) {
            throw new DocumentRefused("buyer: " + OneCCounterparties.describe(violations));
        }
        return buyers.create(buyer, channel);
    }

    private Map<String, Product> productsOf(OneCDocument document) {
        List<String> ids = document.lines().stream().map(OneCDocument.Line::productExternalId).filter(Objects::nonNull)
                .distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Product p where p.externalId in :ids", Product.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Product::externalId, Function.identity()));
    }

    // --- logistics ---

    @Override
    public List<ShipmentRequest> pendingShipmentRequests(int limit) {
        return outbox.claimPending(OutboxDestinations.LOGISTICS, limit).stream()
                .map(entry -> ShipmentRequests.of(entry.id(), em.find(SalesOrder.class, entry.aggregateId())))
                .toList();
    }

    @Override
    public void shipmentRequestSent(String requestId, long journalMessageId) {
        OutboxEntryView entry = outbox.markSent(ShipmentRequests.entryIdOf(requestId), journalMessageId);
        history().record(em.find(SalesOrder.class, entry.aggregateId()), OrderEventKind.SHIPMENT_REQUESTED,
                LOGISTICS_ACTOR, "shipment request " + requestId + " sent (exchange message #" + journalMessageId + ")",
                Instant.now(clock));
    }

    @Override
    public void shipmentRequestFailed(String requestId, String reason) {
        OutboxEntryView entry = outbox.markFailed(ShipmentRequests.entryIdOf(requestId), reason);
        String outcome = switch (entry.status()) {
            case PENDING -> "attempt " + entry.attempts() + " failed, tried again";
            case FAILED -> "given up after " + entry.attempts() + " attempts";
            default -> "reported failed while " + entry.status();
        };
        history().record(em.find(SalesOrder.class, entry.aggregateId()), OrderEventKind.SHIPMENT_REQUEST_FAILED,
                LOGISTICS_ACTOR, "shipment request " + requestId + ": " + outcome + ": " + reason, Instant.now(clock));
    }

    /**
     * A status is applied once per sender's message id; a redelivered message finds its key in
     * the inbox and changes nothing. A status older than the shipment's current one is kept in
     * the order's history only.
     */
    @Override
    public boolean applyShipmentStatus(ShipmentStatusUpdate update) {
        Optional<SalesOrder> known = first("o.guid", update.orderGuid()).or(() -> first("o.number", update.orderNumber()));
        if (known.isEmpty()) {
            return false;
        }
        SalesOrder order = known.get();
        String key = statusKey(update);
        if (inbox.alreadyApplied(MessageKinds.SHIPMENT_STATUS, key)) {
            return true;
        }
        Instant now = Instant.now(clock);
        Map<String, Object> before = order.snapshot();
        ShipmentStatus status = ShipmentStatus.valueOf(Objects.requireNonNull(update.status(), "status").name());
        boolean current = order.applyShipmentStatus(status, update.occurredAt() != null ? update.occurredAt() : now,
                update.waybillNumber(), update.carrier());
        String summary = "shipment " + status + (update.waybillNumber() == null ? "" : ", waybill " + update.waybillNumber())
                + (update.carrier() == null ? "" : ", carrier " + update.carrier())
                + (update.comment() == null || update.comment().isBlank() ? "" : ": " + update.comment().strip());
        if (current) {
            history().recordForCustomer(order, OrderEventKind.SHIPMENT_STATUS, LOGISTICS_ACTOR, summary, now);
        } else {
            history().record(order, OrderEventKind.SHIPMENT_STATUS, LOGISTICS_ACTOR, summary + " (reported late: the"
                    + " shipment is " + order.shipmentStatus() + " since " + order.shipmentStatusAt() + ")", now);
        }
        audit.record(AuditAction.UPDATE, OrderAccess.ENTITY, order.id(), "shipment status from logistics", before,
                order.snapshot());
        inbox.markApplied(MessageKinds.SHIPMENT_STATUS, key, "order " + order.number(), summary);
        return true;
    }

    /** The sender's message id, or its hash when it is too long for an inbox key. */
    static String statusKey(ShipmentStatusUpdate update) {
        String messageId = Objects.requireNonNull(update.messageId(), "messageId").strip();
        return messageId.length() <= INBOX_KEY_LENGTH ? messageId
                : ContentDigest.of("ShipmentStatusMessage").add(messageId).sha256();
    }

    private OrderHistory history() {
        return new OrderHistory(em, audit);
    }
}

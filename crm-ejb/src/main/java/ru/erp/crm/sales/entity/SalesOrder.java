package ru.erp.crm.sales.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.database.NumericBoolean;
import ru.erp.crm.platform.problem.RuleViolationException;

/**
 * A customer's order: its lines and totals, its own life in the CRM, and what 1C and logistics
 * reported about it once it left.
 *
 * <pre>
 * DRAFT ──confirm (a line at least)──► CONFIRMED ──cancel / cancelled in 1C──► CANCELLED
 *   └──────────────────────cancel──────────────────────────────────────────────┘
 * </pre>
 *
 * Only a draft changes its customer, dates, texts and lines; a confirmed order belongs to the
 * exchanges, which record what 1C said (posted, paid, shipment allowed, cancelled, its own number
 * and shipment) and what logistics said (the shipment's status, waybill, carrier). The
 * {@code guid} is the order's Ид towards 1C from the start, so 1C's answers find it; the number
 * is {@code CRM-} and the id, given once the id is known.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder {

    public static final String NUMBER_PREFIX = "CRM-";
    public static final int COMMENT_LENGTH = 2000;
    public static final int ADDRESS_LENGTH = 1000;
    static final int REASON_LENGTH = 1000;
    static final int ONE_C_TEXT_LENGTH = 500;
    static final int ONE_C_NUMBER_LENGTH = 64;
    static final int ONE_C_ID_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "sales_order_seq", sequenceName = "sales_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_seq")
    private Long id;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private String guid;

    @Column(name = "order_date", nullable = false)
    private LocalDate date;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "counterparty_id")
    private Counterparty customer;

    @Column(nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderSource source;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "vat_total", nullable = false)
    private BigDecimal vatTotal;

    @Column(name = "order_comment")
    private String comment;

    @Column(name = "delivery_address")
    private String deliveryAddress;

    @Column(name = "requested_ship_date")
    private LocalDate requestedShipDate;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SalesOrderLine> lines = new ArrayList<>();

    @Column(name = "one_c_id")
    private String oneCId;

    @Column(name = "one_c_number")
    private String oneCNumber;

    @Convert(converter = NumericBoolean.class)
    @Column(name = "one_c_posted")
    private Boolean oneCPosted;

    @Convert(converter = NumericBoolean.class)
    @Column(nullable = false)
    private boolean paid;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_number")
    private String paymentNumber;

    @Convert(converter = NumericBoolean.class)
    @Column(name = "shipment_allowed")
    private Boolean shipmentAllowed;

    @Convert(converter = NumericBoolean.class)
    @Column(name = "one_c_cancelled")
    private Boolean oneCCancelled;

    @Convert(converter = NumericBoolean.class)
    @Column(name = "final_status")
    private Boolean finalStatus;

    @Column(name = "one_c_status_text")
    private String oneCStatusText;

    @Column(name = "shipment_number")
    private String shipmentNumber;

    @Column(name = "shipment_date")
    private LocalDate shipmentDate;

    @Column(name = "one_c_hash")
    private String oneCHash;

    @Column(name = "one_c_changed_at")
    private Instant oneCChangedAt;

    @Column(name = "exported_version")
    private Long exportedVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "shipment_status")
    private ShipmentStatus shipmentStatus;

    @Column(name = "shipment_status_at")
    private Instant shipmentStatusAt;

    @Column(name = "waybill_number")
    private String waybillNumber;

    private String carrier;

    @Version
    private long version;

    protected SalesOrder() {
    }

    /** A new draft; {@code createdBy} is the user's login, or the channel an import came through. */
    public SalesOrder(Counterparty customer, LocalDate date, String currency, OrderSource source, String createdBy,
                      Instant now) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.date = Objects.requireNonNull(date, "date");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.source = Objects.requireNonNull(source, "source");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.guid = UUID.randomUUID().toString();
        this.status = OrderStatus.DRAFT;
        this.total = BigDecimal.ZERO.setScale(OrderLineTerms.MONEY_SCALE);
        this.vatTotal = total;
    }

    /** Gives the number once persisting has given the id (before the row is written). */
    public void assignNumber() {
        if (id == null) {
            throw new IllegalStateException("An order is numbered once it has its id");
        }
        if (number == null) {
            number = NUMBER_PREFIX + String.format("%06d", id);
        }
    }

    /** A draft's own fields; blank texts are none. */
    public void describe(LocalDate date, String comment, String deliveryAddress, LocalDate requestedShipDate) {
        requireDraft();
        this.date = Objects.requireNonNull(date, "date");
        this.comment = clip(blankToNull(comment), COMMENT_LENGTH);
        this.deliveryAddress = clip(blankToNull(deliveryAddress), ADDRESS_LENGTH);
        this.requestedShipDate = requestedShipDate;
    }

    public void orderFor(Counterparty customer) {
        requireDraft();
        this.customer = Objects.requireNonNull(customer, "customer");
    }

    /**
     * Replaces a draft's lines, numbered 1, 2, … in the given order, and recomputes the totals.
     * Existing lines take the new terms in place, so line numbers never clash while written.
     */
    public void replaceLines(List<OrderLineTerms> terms) {
        requireDraft();
        for (int i = 0; i < terms.size(); i++) {
            if (i < lines.size()) {
                lines.get(i).revise(terms.get(i));
            } else {
                lines.add(new SalesOrderLine(this, i + 1, terms.get(i)));
            }
        }
        while (lines.size() > terms.size()) {
            lines.remove(lines.size() - 1);
        }
        total = lines.stream().map(SalesOrderLine::amount).reduce(zero(), BigDecimal::add);
        vatTotal = lines.stream().map(SalesOrderLine::vatAmount).reduce(zero(), BigDecimal::add);
    }

    /** A draft with at least one line becomes an order the exchanges hand on. */
    public void confirm(Instant now) {
        if (status != OrderStatus.DRAFT) {
            throw new RuleViolationException("crm.rule.order.notDraft", displayNumber(), status);
        }
        if (lines.isEmpty()) {
            throw new RuleViolationException("crm.rule.order.noLines", displayNumber());
        }
        status = OrderStatus.CONFIRMED;
        confirmedAt = now;
    }

    /**
     * Cancels a draft or a confirmed order whose goods have not left.
     *
     * @return whether it had been confirmed, so others (1C, logistics) must learn of the cancellation
     */
    public boolean cancel(String reason, Instant now) {
        if (status == OrderStatus.CANCELLED) {
            throw new RuleViolationException("crm.rule.order.cancelled", displayNumber());
        }
        if (goodsLeft()) {
            throw new RuleViolationException("crm.rule.order.shipped", displayNumber());
        }
        boolean wasConfirmed = status == OrderStatus.CONFIRMED;
        status = OrderStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = clip(blankToNull(reason), REASON_LENGTH);
        return wasConfirmed;
    }

    /** Whether the goods have left: 1C reported a shipment, or logistics reported them shipped or delivered. */
    public boolean goodsLeft() {
        return shipmentNumber != null || shipmentStatus != null && shipmentStatus.goodsLeft();
    }

    /** Whether the 1C document with this content hash was the last one applied. */
    public boolean carriesOneCContent(String contentHash) {
        return contentHash != null && contentHash.equals(oneCHash);
    }

    /**
     * Takes over what a 1C document says (what it leaves null stays as it is) and remembers the
     * document's content hash. 1C's Ид is kept when it is not the order's own, its number always.
     * An order 1C cancelled (or marked for deletion) is cancelled here too, goods shipped or not:
     * 1C is the ledger once the order reached it.
     *
     * @return what changed, in words, for the order's history; empty when nothing did
     */
    public List<String> applyOneCState(OneCOrderState state, String contentHash, Instant now) {
        List<String> changes = new ArrayList<>();
        String documentId = clip(blankToNull(state.documentId()), ONE_C_ID_LENGTH);
        if (documentId != null && !documentId.equals(guid) && !documentId.equals(oneCId)) {
            oneCId = documentId;
            changes.add("1C Ид " + documentId);
        }
        String documentNumber = clip(blankToNull(state.documentNumber()), ONE_C_NUMBER_LENGTH);
        if (documentNumber != null && !documentNumber.equals(oneCNumber)) {
            oneCNumber = documentNumber;
            changes.add("1C number " + documentNumber);
        }
        if (state.posted() != null && !state.posted().equals(oneCPosted)) {
            oneCPosted = state.posted();
            changes.add(oneCPosted ? "posted" : "not posted");
        }
        applyPayment(state, changes);
        if (state.shipmentAllowed() != null && !state.shipmentAllowed().equals(shipmentAllowed)) {
            shipmentAllowed = state.shipmentAllowed();
            changes.add(shipmentAllowed ? "shipment allowed" : "shipment not allowed");
        }
        if (state.finalStatus() != null && !state.finalStatus().equals(finalStatus)) {
            finalStatus = state.finalStatus();
            changes.add(finalStatus ? "final status" : "not final");
        }
        String statusText = clip(blankToNull(state.statusText()), ONE_C_TEXT_LENGTH);
        if (statusText != null && !statusText.equals(oneCStatusText)) {
            oneCStatusText = statusText;
            changes.add("status «" + statusText + "»");
        }
        applyShipment(clip(blankToNull(state.shipmentNumber()), ONE_C_NUMBER_LENGTH), state.shipmentDate(), changes);
        if (state.cancelled() != null && !state.cancelled().equals(oneCCancelled)) {
            oneCCancelled = state.cancelled();
            changes.add(oneCCancelled ? "cancelled in 1C" : "not cancelled in 1C");
        }
        if (Boolean.TRUE.equals(oneCCancelled) && status != OrderStatus.CANCELLED) {
            status = OrderStatus.CANCELLED;
            cancelledAt = now;
            cancelReason = "cancelled in 1C";
        }
        oneCHash = contentHash;
        oneCChangedAt = now;
        return changes;
    }

    /**
     * A shipment 1C made for the order (its Реализация or Отпуск товара): number and date.
     *
     * @return what changed, in words; empty when 1C had reported this shipment before
     */
    public List<String> recordOneCShipment(String number, LocalDate date, Instant now) {
        List<String> changes = new ArrayList<>();
        applyShipment(clip(blankToNull(number), ONE_C_NUMBER_LENGTH), date, changes);
        if (!changes.isEmpty()) {
            oneCChangedAt = now;
        }
        return changes;
    }

    /** 1C confirmed receiving the order as of {@code version} (an earlier confirmation never lowers it). */
    public void exportedToOneC(long version) {
        if (exportedVersion == null || exportedVersion < version) {
            exportedVersion = version;
        }
    }

    /**
     * What logistics reported. A report older than the current status (messages overtake each
     * other on a queue) only fills in a waybill or carrier still missing.
     *
     * @return whether it became the shipment's current status
     */
    public boolean applyShipmentStatus(ShipmentStatus status, Instant occurredAt, String waybill, String carrier) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        String givenWaybill = clip(blankToNull(waybill), 100);
        String givenCarrier = clip(blankToNull(carrier), 200);
        boolean current = shipmentStatusAt == null || !occurredAt.isBefore(shipmentStatusAt);
        if (current) {
            shipmentStatus = status;
            shipmentStatusAt = occurredAt;
        }
        if (givenWaybill != null && (current || waybillNumber == null)) {
            waybillNumber = givenWaybill;
        }
        if (givenCarrier != null && (current || this.carrier == null)) {
            this.carrier = givenCarrier;
        }
        return current;
    }

    private void applyPayment(OneCOrderState state, List<String> changes) {
        boolean changed = false;
        if (state.paid() != null && state.paid() != paid) {
            paid = state.paid();
            changed = true;
        }
        if (state.paidOn() != null && !state.paidOn().equals(paidOn)) {
            paidOn = state.paidOn();
            changed = true;
        }
        String number = clip(blankToNull(state.paymentNumber()), ONE_C_NUMBER_LENGTH);
        if (number != null && !number.equals(paymentNumber)) {
            paymentNumber = number;
            changed = true;
        }
        if (changed) {
            changes.add(paid ? "paid" + (paidOn == null ? "" : " on " + paidOn)
                    + (paymentNumber == null ? "" : " (payment " + paymentNumber + ")") : "not paid");
        }
    }

    private void applyShipment(String number, LocalDate date, List<String> changes) {
        boolean changed = false;
        if (number != null && !number.equals(shipmentNumber)) {
            shipmentNumber = number;
            changed = true;
        }
        if (date != null && !date.equals(shipmentDate)) {
            shipmentDate = date;
            changed = true;
        }
        if (changed) {
            changes.add("shipment" + (shipmentNumber == null ? "" : " " + shipmentNumber)
                    + (shipmentDate == null ? "" : " of " + shipmentDate));
        }
    }

    private void requireDraft() {
        if (status != OrderStatus.DRAFT) {
            throw new RuleViolationException("crm.rule.order.notDraft", displayNumber(), status);
        }
    }

    /** The number, or the id while a new order has none yet. */
    private String displayNumber() {
        return number != null ? number : "#" + id;
    }

    /** Field values as the audit trail compares them. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("date", date);
        fields.put("customerId", customer.id());
        fields.put("status", status);
        fields.put("currency", currency);
        fields.put("total", total);
        fields.put("vatTotal", vatTotal);
        fields.put("comment", comment);
        fields.put("deliveryAddress", deliveryAddress);
        fields.put("requestedShipDate", requestedShipDate);
        fields.put("lines", lines.stream().map(SalesOrderLine::toString).toList().toString());
        fields.put("cancelReason", cancelReason);
        fields.put("oneCNumber", oneCNumber);
        fields.put("oneCPosted", oneCPosted);
        fields.put("paid", paid);
        fields.put("paidOn", paidOn);
        fields.put("paymentNumber", paymentNumber);
        fields.put("shipmentAllowed", shipmentAllowed);
        fields.put("oneCCancelled", oneCCancelled);
        fields.put("finalStatus", finalStatus);
        fields.put("oneCStatusText", oneCStatusText);
        fields.put("shipmentNumber", shipmentNumber);
        fields.put("shipmentDate", shipmentDate);
        fields.put("shipmentStatus", shipmentStatus);
        fields.put("waybillNumber", waybillNumber);
        fields.put("carrier", carrier);
        return fields;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(OrderLineTerms.MONEY_SCALE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String guid() {
        return guid;
    }

    public LocalDate date() {
        return date;
    }

    public Counterparty customer() {
        return customer;
    }

    public String currency() {
        return currency;
    }

    public OrderStatus status() {
        return status;
    }

    public OrderSource source() {
        return source;
    }

    public BigDecimal total() {
        return total;
    }

    public BigDecimal vatTotal() {
        return vatTotal;
    }

    public String comment() {
        return comment;
    }

    public String deliveryAddress() {
        return deliveryAddress;
    }

    public LocalDate requestedShipDate() {
        return requestedShipDate;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public List<SalesOrderLine> lines() {
        return List.copyOf(lines);
    }

    public String oneCId() {
        return oneCId;
    }

    public String oneCNumber() {
        return oneCNumber;
    }

    public Boolean oneCPosted() {
        return oneCPosted;
    }

    public boolean paid() {
        return paid;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String paymentNumber() {
        return paymentNumber;
    }

    public Boolean shipmentAllowed() {
        return shipmentAllowed;
    }

    public Boolean oneCCancelled() {
        return oneCCancelled;
    }

    public Boolean finalStatus() {
        return finalStatus;
    }

    public String oneCStatusText() {
        return oneCStatusText;
    }

    public String shipmentNumber() {
        return shipmentNumber;
    }

    public LocalDate shipmentDate() {
        return shipmentDate;
    }

    public Instant oneCChangedAt() {
        return oneCChangedAt;
    }

    public Long exportedVersion() {
        return exportedVersion;
    }

    public ShipmentStatus shipmentStatus() {
        return shipmentStatus;
    }

    public Instant shipmentStatusAt() {
        return shipmentStatusAt;
    }

    public String waybillNumber() {
        return waybillNumber;
    }

    public String carrier() {
        return carrier;
    }

    public long version() {
        return version;
    }
}

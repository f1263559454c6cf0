package ru.erp.crm.sales.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.exchange.boundary.Outbox;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.sales.control.OrderAccess;
import ru.erp.crm.sales.control.OrderHistory;
import ru.erp.crm.sales.control.OrderLinePricing;
import ru.erp.crm.sales.control.OrderOutbox;
import ru.erp.crm.sales.control.OrderSearch;
import ru.erp.crm.sales.control.OrderValidator;
import ru.erp.crm.sales.entity.OrderEventKind;
import ru.erp.crm.sales.entity.OrderSource;
import ru.erp.crm.sales.entity.PaymentPlan;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;

/**
 * Sales orders as users work with them: drafts, confirmation (which hands the order to 1C and
 * logistics through the outbox, in the same transaction), cancellation, the list and the card.
 * Access follows the customer: an order of a customer the caller cannot see does not exist for
 * them (404), one of a customer they cannot change is read-only (403); a refused call writes
 * nothing. Every write is audited, and what matters to the customer appears on its timeline.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.FINANCE,
        Role.Names.SUPPORT})
public class SalesOrders {

    static final String CURRENCY = "RUB";

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    @EJB
    Outbox outbox;

    /** Decides what "today" is for an order without a date; the server's zone, as the users' dates are. */
    Clock clock = Clock.systemDefaultZone();

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public OrderView create(OrderDraft draft) {
        OrderValidator.requireValid(draft);
        AccessScope scope = caller.scope();
        Counterparty customer = OrderAccess.orderableCustomer(em, draft.customerId(), scope);
        Instant now = Instant.now(clock);
        SalesOrder order = new SalesOrder(customer, dateOf(draft), CURRENCY, OrderSource.CRM, scope.login(), now);
        order.describe(dateOf(draft), draft.comment(), draft.deliveryAddress(), draft.requestedShipDate());
        order.replaceLines(new OrderLinePricing(em).terms(draft));
        em.persist(order);
        order.assignNumber();
        em.flush();
        orderHistory().record(order, OrderEventKind.CREATED, scope.login(), "draft " + order.total() + " " + order.currency(), now);
        audit.record(AuditAction.CREATE, OrderAccess.ENTITY, order.id(), order.number(), null, order.snapshot());
        return OrderView.of(order);
    }

    /** Replaces a draft's customer, fields and lines. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public OrderView update(long id, long expectedVersion, OrderDraft draft) {
        AccessScope scope = caller.scope();
        SalesOrder order = OrderAccess.changeable(em, id, scope);
        requireVersion(order, expectedVersion);
        OrderValidator.requireValid(draft);
        Counterparty customer = draft.customerId().equals(order.customer().id()) ? order.customer()
                : OrderAccess.orderableCustomer(em, draft.customerId(), scope);
        Map<String, Object> before = order.snapshot();
        order.orderFor(customer);
        order.describe(dateOf(draft), draft.comment(), draft.deliveryAddress(), draft.requestedShipDate());
        order.replaceLines(new OrderLinePricing(em).terms(draft));
        em.flush();
        orderHistory().record(order, OrderEventKind.UPDATED, scope.login(), order.lines().size() + " lines, "
                + order.total() + " " + order.currency(), Instant.now(clock));
        audit.record(AuditAction.UPDATE, OrderAccess.ENTITY, order.id(), order.number(), before, order.snapshot());
        return OrderView.of(order);
    }

    /**
     * A draft becomes an order: 1C gets it at its next query, logistics a shipment request. A
     * payment plan made for the draft must add up to the total by now (422 naming {@code entries}).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public OrderView confirm(long id, long expectedVersion) {
        AccessScope scope = caller.scope();
        SalesOrder order = OrderAccess.changeable(em, id, scope);
        requireVersion(order, expectedVersion);
        OrderAccess.orderableCustomer(em, order.customer().id(), scope);
        Map<String, Object> before = order.snapshot();
        Instant now = Instant.now(clock);
        order.confirm(now);
        Optional.ofNullable(em.find(PaymentPlan.class, order.id())).ifPresent(PaymentPlan::requireBalanced);
        new OrderOutbox(em, outbox).confirmed(order);
        orderHistory().recordForCustomer(order, OrderEventKind.CONFIRMED, scope.login(),
                "confirmed, " + order.total() + " " + order.currency(), now);
        audit.record(AuditAction.UPDATE, OrderAccess.ENTITY, order.id(), "confirmed " + order.number(), before,
                order.snapshot());
        return OrderView.of(order);
    }

    /**
     * Cancels a draft, or a confirmed order whose goods have not left: 1C learns of it at its
     * next query, and a shipment request not sent yet is withdrawn.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public OrderView cancel(long id, long expectedVersion, String reason) {
        AccessScope scope = caller.scope();
        SalesOrder order = OrderAccess.changeable(em, id, scope);
        requireVersion(order, expectedVersion);
        Map<String, Object> before = order.snapshot();
        Instant now = Instant.now(clock);
        if (order.cancel(reason, now)) {
            new OrderOutbox(em, outbox).cancelledInCrm(order);
        }
        em.flush();
        orderHistory().recordForCustomer(order, OrderEventKind.CANCELLED, scope.login(),
                "cancelled" + (order.cancelReason() == null ? "" : ": " + order.cancelReason()), now);
        audit.record(AuditAction.UPDATE, OrderAccess.ENTITY, order.id(), "cancelled " + order.number(), before,
                order.snapshot());
        return OrderView.of(order);
    }

    public OrderView find(long id) {
        return OrderView.of(OrderAccess.visible(em, id, caller.scope()));
    }

    /** Orders of the customers the caller may see, newest first. */
    public Page<OrderSummary> list(OrderQuery query, PageRequest page) {
        OrderSearch search = new OrderSearch(query, caller.scope());
        List<OrderSummary> items = search.select(em, page).getResultStream().map(OrderSummary::of).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    /** The order's own history, oldest first. */
    public List<OrderEventView> history(long id) {
        SalesOrder order = OrderAccess.visible(em, id, caller.scope());
        return orderHistory().of(order).stream().map(OrderEventView::of).toList();
    }

    private OrderHistory orderHistory() {
        return new OrderHistory(em, audit);
    }

    private LocalDate dateOf(OrderDraft draft) {
        return draft.date() != null ? draft.date() : LocalDate.now(clock);
    }

    private static void requireVersion(SalesOrder order, long expected) {
        if (order.version() != expected) {
            throw new StaleVersionException(OrderAccess.ENTITY, order.id(), expected, order.version());
        }
    }
}

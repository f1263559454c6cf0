package ru.erp.crm.sales.control;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.ExternalId;
import ru.erp.crm.customer.entity.ExternalSystem;
import ru.erp.crm.exchange.boundary.OutboxEntryView;
import ru.erp.crm.sales.boundary.OrderDocument;
import ru.erp.crm.sales.entity.OrderStatus;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.sales.entity.SalesOrderLine;

/**
 * Orders as the 1C site exchange hands them to 1C ({@code type=sale&mode=query}). An order is
 * handed out in its current state and version, however many of its changes wait in the outbox.
 *
 * <p>«Статус заказа» is {@value #CONFIRMED_TEXT} or {@value #CANCELLED_TEXT}: 1C maps a site's
 * status texts to its own order states in the exchange settings, so the texts only have to stay
 * the same. The buyer's Ид is the counterparty's 1C GUID when the CRM knows one, so 1C finds its
 * own counterparty; otherwise {@code crm-} and the CRM id, stable for every later order.
 */
public final class SiteDocuments {

    static final String CONFIRMED_TEXT = "Подтвержден";
    static final String CANCELLED_TEXT = "Отменен";
    static final String OWN_ID_PREFIX = "crm-";

    private SiteDocuments() {
    }

    /** The orders an outbox hand-out names, once each, in the order of their oldest entry. */
    public static List<Long> orderIds(List<OutboxEntryView> entries) {
        return entries.stream().map(OutboxEntryView::aggregateId).distinct().toList();
    }

    /** Per order, the newest version among the entries 1C confirmed. */
    public static Map<Long, Long> confirmedVersions(List<OutboxEntryView> entries) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        entries.forEach(entry -> versions.merge(entry.aggregateId(), entry.aggregateVersion(), Math::max));
        return versions;
    }

    /** The document; {@code zone} is the one the order's time of day is told in. */
    public static OrderDocument of(SalesOrder order, ZoneId zone) {
        LocalTime time = order.createdAt().atZone(zone).toLocalTime().truncatedTo(ChronoUnit.SECONDS);
        return new OrderDocument(order.id(), order.guid(), order.version(), order.number(), order.date(), time,
                order.currency(), order.total(), order.vatTotal(), buyer(order.customer()),
                order.lines().stream().map(SiteDocuments::line).toList(), order.comment(), state(order));
    }

    static OrderDocument.Buyer buyer(Counterparty customer) {
        String externalId = customer.externalIds().stream().filter(id -> id.system() == ExternalSystem.ONE_C)
                .map(ExternalId::value).findFirst().orElse(OWN_ID_PREFIX + customer.id());
        return new OrderDocument.Buyer(externalId, customer.name(),
                customer.fullName() != null ? customer.fullName() : customer.name(), customer.inn(), customer.kpp(),
                customer.kind() == CounterpartyKind.PERSON, customer.legalAddress());
    }

    private static OrderDocument.Line line(SalesOrderLine line) {
        return new OrderDocument.Line(line.productExternalId(), line.article(), line.name(), line.unitCode(),
                line.unitName(), line.price(), line.quantity(), line.discountPercent(), line.amount(), line.vatRate(),
                line.vatAmount());
    }

    private static OrderDocument.OrderState state(SalesOrder order) {
        boolean cancelled = order.status() == OrderStatus.CANCELLED;
        Instant changedAt = cancelled && order.cancelledAt() != null ? order.cancelledAt()
                : order.confirmedAt() != null ? order.confirmedAt() : order.createdAt();
        return new OrderDocument.OrderState(cancelled ? CANCELLED_TEXT : CONFIRMED_TEXT, cancelled, order.paid(),
                Boolean.TRUE.equals(order.shipmentAllowed()), changedAt);
    }
}

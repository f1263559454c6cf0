package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.erp.crm.sales.entity.OrderSource;
import ru.erp.crm.sales.entity.OrderStatus;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.sales.entity.SalesOrderLine;
import ru.erp.crm.sales.entity.ShipmentStatus;

/** An order's card: its own fields and lines, what 1C said about it, and its shipment. */
public record OrderView(long id, String number, String guid, LocalDate date, long customerId, String customerName,
                        String currency, OrderStatus status, OrderSource source, BigDecimal total, BigDecimal vatTotal,
                        String comment, String deliveryAddress, LocalDate requestedShipDate, String createdBy,
                        Instant createdAt, Instant confirmedAt, Instant cancelledAt, String cancelReason,
                        List<LineView> lines, OneCState oneC, Shipment shipment, long version) {

    public OrderView {
        lines = List.copyOf(lines);
    }

    public static OrderView of(SalesOrder order) {
        return new OrderView(order.id(), order.number(), order.guid(), order.date(), order.customer().id(),
                order.customer().name(), order.currency(), order.status(), order.source(), order.total(),
                order.vatTotal(), order.comment(), order.deliveryAddress(), order.requestedShipDate(),
                order.createdBy(), order.createdAt(), order.confirmedAt(), order.cancelledAt(), order.cancelReason(),
                order.lines().stream().map(LineView::of).toList(),
                new OneCState(order.oneCId(), order.oneCNumber(), order.oneCPosted(), order.paid(), order.paidOn(),
                        order.paymentNumber(), order.shipmentAllowed(), order.oneCCancelled(), order.finalStatus(),
                        order.oneCStatusText(), order.shipmentNumber(), order.shipmentDate(), order.oneCChangedAt(),
                        order.exportedVersion()),
                new Shipment(order.shipmentStatus(), order.shipmentStatusAt(), order.waybillNumber(), order.carrier()),
                order.version());
    }

    /** One line; {@code vatRate} null is "без НДС". */
    public record LineView(int lineNo, Long productId, String productExternalId, String article, String name,
                           String unitCode, String unitName, BigDecimal quantity, BigDecimal price,
                           BigDecimal discountPercent, BigDecimal amount, BigDecimal vatRate, BigDecimal vatAmount) {

        static LineView of(SalesOrderLine line) {
            return new LineView(line.lineNo(), line.productId(), line.productExternalId(), line.article(), line.name(),
                    line.unitCode(), line.unitName(), line.quantity(), line.price(), line.discountPercent(),
                    line.amount(), line.vatRate(), line.vatAmount());
        }
    }

    /**
     * What 1C said (null where it has said nothing): its own Ид and number of the order, posted,
     * paid, shipment allowed, cancelled, final, its status text and shipment; {@code exportedVersion}
     * is the order version 1C confirmed receiving.
     */
    public record OneCState(String id, String number, Boolean posted, boolean paid, LocalDate paidOn,
                            String paymentNumber, Boolean shipmentAllowed, Boolean cancelled, Boolean finalStatus,
                            String statusText, String shipmentNumber, LocalDate shipmentDate, Instant changedAt,
                            Long exportedVersion) {
    }

    /** What logistics said about the shipment (all null until it says something). */
    public record Shipment(ShipmentStatus status, Instant at, String waybillNumber, String carrier) {
    }
}

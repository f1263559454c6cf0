package ru.erp.crm.integration.logistics;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ru.erp.crm.exchange.boundary.ClaimedMessage;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.integration.camel.JournalImportRoute;
import ru.erp.crm.sales.boundary.OrderExchange;
import ru.erp.crm.sales.boundary.ShipmentStatusUpdate;

/**
 * Applies the shipment statuses {@link ShipmentStatusListener} journaled: reads each one against
 * the schema and hands it to the sales orders, one message, one transaction. A status that is not
 * valid, or that names an order the CRM does not know, is dead-lettered with the reason (the
 * order may arrive later: an administrator replays it then); a database fault retries it.
 */
@Dependent
public class ShipmentStatusImportRoute extends JournalImportRoute {

    public static final String ROUTE_ID = "shipment-status-import";

    @EJB
    ExchangeJournal journal;

    @EJB
    OrderExchange orders;

    public ShipmentStatusImportRoute() {
        super(ROUTE_ID, MessageKinds.SHIPMENT_STATUS);
    }

    @Override
    protected ExchangeJournal journal() {
        return journal;
    }

    @Override
    protected void apply(ClaimedMessage message, Path payload) throws IOException {
        ShipmentStatusUpdate update;
        try (InputStream in = Files.newInputStream(payload)) {
            update = ShipmentMessages.readStatus(in);
        }
        if (!orders.applyShipmentStatus(update)) {
            throw ShipmentMessageException.unknownOrder(update.orderGuid(), update.orderNumber());
        }
        journal.recordBatch(message.id(), 1, 1, 0, List.of());
    }
}

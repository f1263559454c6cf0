package ru.erp.crm.exchange.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.exchange.boundary.Outbox;
import ru.erp.crm.exchange.boundary.OutboxEntryView;
import ru.erp.crm.exchange.entity.OutboxStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;

@Path("exchange/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exchange", description = "The journal of exchange messages (ERP administrators, admins)")
public class OutboxResource {

    @EJB
    Outbox outbox;

    @GET
    @Operation(summary = "What waits to leave the CRM and what left, newest first (ERP administrators, admins)",
            description = "status: PENDING, HANDED_OUT, SENT, FAILED; destination: 1c-site-orders (pulled by 1C's"
                    + " sale query) or logistics-shipments (the logistics queue)")
    public Page<OutboxEntryView> list(@QueryParam("status") String status, @QueryParam("destination") String destination,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return outbox.list(QueryParameters.choice("status", status, OutboxStatus.class), destination,
                Paging.of(page, size));
    }
}

package ru.erp.crm.exchange.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.exchange.boundary.ExchangeInbox;
import ru.erp.crm.exchange.boundary.ExchangeInbox.FailureView;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.rest.Paging;

@Path("exchange/failures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exchange", description = "What the exchanges could not apply")
public class ExchangeFailuresResource {

    @EJB
    ExchangeInbox inbox;

    @GET
    @Operation(summary = "Failed files and elements of the exchanges, newest first (ERP administrators, admins)")
    public Page<FailureView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return inbox.failures(Paging.of(page, size));
    }
}

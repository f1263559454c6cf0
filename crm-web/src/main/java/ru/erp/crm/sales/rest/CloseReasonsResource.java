package ru.erp.crm.sales.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.rest.QueryParameters;
import ru.erp.crm.sales.boundary.CloseReasonView;
import ru.erp.crm.sales.boundary.Opportunities;
import ru.erp.crm.sales.entity.Outcome;

@Path("sales/close-reasons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "opportunities")
public class CloseReasonsResource {

    @EJB
    Opportunities opportunities;

    @GET
    @Operation(summary = "The active reasons opportunities are won or lost with, in Russian and English",
            description = "outcome: WON or LOST; both when left out")
    public Page<CloseReasonView> list(@QueryParam("outcome") String outcome) {
        return Page.ofAll(opportunities.closeReasons(QueryParameters.choice("outcome", outcome, Outcome.class)));
    }
}

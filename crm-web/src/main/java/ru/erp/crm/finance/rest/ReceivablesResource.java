package ru.erp.crm.finance.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.finance.boundary.Invoices;
import ru.erp.crm.finance.boundary.Receivable;
import ru.erp.crm.platform.paging.Page;

/** A customer's expected payments, beside the customer resource and owned by finance. */
@Path("customers/{id}/receivables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "invoices")
public class ReceivablesResource {

    @EJB
    Invoices invoices;

    @GET
    @Operation(summary = "What the customer is expected to pay and when: its open invoices, earliest due first")
    public Page<Receivable> receivables(@PathParam("id") long id) {
        return Page.ofAll(invoices.receivables(id));
    }
}

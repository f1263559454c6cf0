package ru.erp.crm.finance.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.finance.boundary.InvoiceQuery;
import ru.erp.crm.finance.boundary.InvoiceView;
import ru.erp.crm.finance.boundary.Invoices;
import ru.erp.crm.finance.boundary.OverdueDebt;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;

@Path("finance/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "invoices", description = "Invoices to customers, their payment status and overdue control")
public class InvoicesResource {

    @EJB
    Invoices invoices;

    @GET
    @Operation(summary = "Invoices of the customers the caller may see, earliest due first",
            description = "customer: CRM id; status: UNPAID, PARTLY_PAID, PAID, CANCELLED; overdue: true (open and due"
                    + " before today) or false; dueFrom/dueTo: YYYY-MM-DD, both included")
    public Page<InvoiceView> list(@QueryParam("customer") String customer, @QueryParam("status") String status,
                                  @QueryParam("overdue") String overdue, @QueryParam("dueFrom") String dueFrom,
                                  @QueryParam("dueTo") String dueTo, @QueryParam("page") String page,
                                  @QueryParam("size") String size) {
        return invoices.list(new InvoiceQuery(QueryParameters.id("customer", customer),
                QueryParameters.choice("status", status, InvoiceStatus.class), QueryParameters.flag("overdue", overdue),
                QueryParameters.date("dueFrom", dueFrom), QueryParameters.date("dueTo", dueTo)), Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One invoice; 404 when there is none or its customer is outside the caller's categories")
    public InvoiceView find(@PathParam("id") long id) {
        return invoices.find(id);
    }

    @POST
    @Operation(summary = "Create an invoice (FINANCE, ADMIN, sales); 409 when its 1C Ид exists")
    public Response create(InvoiceRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        InvoiceView created = invoices.create(request.toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Overdue debt per customer, largest first", description = "curator: a manager's login")
    public Page<OverdueDebt> overdue(@QueryParam("curator") String curator, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return invoices.overdueByCustomer(curator, Paging.of(page, size));
    }

    @GET
    @Path("overdue/curators")
    @Operation(summary = "Overdue debt per curator (curator null: customers nobody curates), largest first")
    public Page<OverdueDebt> overdueByCurator() {
        return Page.ofAll(invoices.overdueByCurator());
    }
}

package ru.erp.crm.sales.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;
import ru.erp.crm.sales.boundary.OrderEventView;
import ru.erp.crm.sales.boundary.OrderQuery;
import ru.erp.crm.sales.boundary.OrderSummary;
import ru.erp.crm.sales.boundary.OrderView;
import ru.erp.crm.sales.boundary.SalesOrders;
import ru.erp.crm.sales.entity.OrderStatus;

@Path("sales/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "orders", description = "Sales orders: drafts, confirmation (hands them to 1C and logistics), cancellation")
public class SalesOrdersResource {

    @EJB
    SalesOrders orders;

    @GET
    @Operation(summary = "Orders of the customers the caller may see, newest first",
            description = "customer: CRM id; status: DRAFT, CONFIRMED, CANCELLED; q: the start of the order number")
    public Page<OrderSummary> list(@QueryParam("customer") String customer, @QueryParam("status") String status,
                                   @QueryParam("q") String q, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        return orders.list(new OrderQuery(QueryParameters.id("customer", customer),
                QueryParameters.choice("status", status, OrderStatus.class), q), Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order with its lines, what 1C said and its shipment; 404 when its customer is outside the caller's categories")
    public Response find(@PathParam("id") long id) {
        return ok(orders.find(id));
    }

    @POST
    @Operation(summary = "Create a draft (sales roles, for a customer they may change)",
            description = "A line names a catalogue product (productId; price as given or from priceTypeId) or is free"
                    + " (name, unitCode, unitName, price, vatRate: null is без НДС). Prices include VAT.")
    public Response create(OrderRequest request, @Context UriInfo uri) {
        OrderView created = orders.create(require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a draft; the body's version (or If-Match) must be the current one, else 409")
    public Response update(@PathParam("id") long id, OrderRequest request, @HeaderParam("If-Match") String ifMatch) {
        OrderRequest body = require(request);
        long version = body.version() != null ? body.version() : Paging.requiredNumber("version", ifMatch);
        return ok(orders.update(id, version, body.toDraft()));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "Confirm a draft with at least one line: 1C gets it at its next query, logistics a shipment request")
    public Response confirm(@PathParam("id") long id, OrderActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(orders.confirm(id, version(request, ifMatch)));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a draft, or a confirmed order whose goods have not left (1C learns of it)")
    public Response cancel(@PathParam("id") long id, OrderActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(orders.cancel(id, version(request, ifMatch), request == null ? null : request.reason()));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The order's own history, oldest first")
    public Page<OrderEventView> history(@PathParam("id") long id) {
        return Page.ofAll(orders.history(id));
    }

    /** The body's version, else If-Match (quoted or weak as browsers send it); neither is a 400 naming it. */
    static long version(OrderActionRequest request, String ifMatch) {
        return request != null && request.version() != null ? request.version() : Paging.requiredNumber("version", ifMatch);
    }

    private static OrderRequest require(OrderRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }

    /** The card with its version as the ETag, for the next If-Match. */
    private static Response ok(OrderView order) {
        return Response.ok(order).tag(String.valueOf(order.version())).build();
    }
}

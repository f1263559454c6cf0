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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.sales.boundary.PaymentPlanView;
import ru.erp.crm.sales.boundary.PaymentPlans;

/**
 * An order's payment plan. A root resource of its own path: under {@code sales/orders} the orders'
 * resource would take every request and not find these methods.
 */
@Path("sales/orders/{id}/payment-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "payment plans", description = "When and how much customers are expected to pay for their orders")
public class OrderPaymentPlanResource {

    @EJB
    PaymentPlans plans;

    @GET
    @Operation(summary = "The order's payment plan by due date; an order without one answers an empty plan of version 0")
    public Response find(@PathParam("id") long id) {
        return ok(plans.find(id));
    }

    @PUT
    @Operation(summary = "Replace the plan as a whole (sales roles, for a customer they may change)",
            description = "version (or If-Match): the plan's as read, 0 for a new plan, else 409. Once the order is"
                    + " confirmed the entries add up to its total, else 422 naming entries; a paid entry keeps its"
                    + " due date and amount, an entry with money on it is not removed (422 naming the entry).")
    public Response replace(@PathParam("id") long id, PaymentPlanRequest request, @HeaderParam("If-Match") String ifMatch) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        long version = request.version() != null ? request.version() : Paging.requiredNumber("version", ifMatch);
        return ok(plans.replace(id, version, request.toDraft()));
    }

    @POST
    @Path("entries/{entryId}/paid")
    @Operation(summary = "Book how much of one planned payment has been paid, in total (FINANCE, or sales roles for their customers)",
            description = "Invoices do not know their order yet, so what was paid of a plan is booked here and audited.")
    public Response recordPaid(@PathParam("id") long id, @PathParam("entryId") long entryId, PaidAmountRequest request,
                               @HeaderParam("If-Match") String ifMatch) {
        if (request == null || request.paidAmount() == null) {
            throw InvalidRequestException.of("paidAmount", "crm.validation.required");
        }
        long version = request.version() != null ? request.version() : Paging.requiredNumber("version", ifMatch);
        return ok(plans.recordPaid(id, entryId, version, request.paidAmount()));
    }

    /** The plan with its version as the ETag, for the next If-Match. */
    private static Response ok(PaymentPlanView plan) {
        return Response.ok(plan).tag(String.valueOf(plan.version())).build();
    }
}

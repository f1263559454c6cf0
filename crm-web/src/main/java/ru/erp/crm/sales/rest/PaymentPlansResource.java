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
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;
import ru.erp.crm.sales.boundary.PaymentPlanQuery;
import ru.erp.crm.sales.boundary.PlannedPayment;
import ru.erp.crm.sales.boundary.PaymentPlans;

@Path("sales/payment-plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payment plans", description = "When and how much customers are expected to pay for their orders")
public class PaymentPlansResource {

    @EJB
    PaymentPlans plans;

    @GET
    @Path("due")
    @Operation(summary = "Unpaid planned payments due from today to days ahead (7 by default), earliest first",
            description = "curator: a manager's login (their customers); customer: CRM id; orders cancelled are left out")
    public Page<PlannedPayment> due(@QueryParam("curator") String curator, @QueryParam("customer") String customer,
                                    @QueryParam("days") String days, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return plans.due(query(customer, curator), Paging.number("days", days), Paging.of(page, size));
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Unpaid planned payments past their due date, the longest overdue first",
            description = "customer: CRM id; curator: a manager's login (their customers)")
    public Page<PlannedPayment> overdue(@QueryParam("customer") String customer, @QueryParam("curator") String curator,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        return plans.overdue(query(customer, curator), Paging.of(page, size));
    }

    private static PaymentPlanQuery query(String customer, String curator) {
        return new PaymentPlanQuery(QueryParameters.id("customer", customer),
                curator == null || curator.isBlank() ? null : curator.strip());
    }
}

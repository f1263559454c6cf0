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
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;
import ru.erp.crm.sales.boundary.Opportunities;
import ru.erp.crm.sales.boundary.OpportunityCard;
import ru.erp.crm.sales.boundary.OpportunityQuery;
import ru.erp.crm.sales.boundary.OpportunityView;
import ru.erp.crm.sales.entity.OpportunityState;

@Path("sales/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "opportunities", description = "The sales pipeline: opportunities through their sales model's stages")
public class OpportunitiesResource {

    @EJB
    Opportunities opportunities;

    @GET
    @Operation(summary = "The pipeline over the customers the caller may see, soonest expected close first",
            description = "curator, stage, customer: ids; state: OPEN, WON, LOST; withoutNextStep=true: open ones"
                    + " with no planned activity")
    public Page<OpportunityView> list(@QueryParam("curator") String curator, @QueryParam("stage") String stage,
                                      @QueryParam("state") String state, @QueryParam("customer") String customer,
                                      @QueryParam("withoutNextStep") String withoutNextStep,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return opportunities.list(new OpportunityQuery(QueryParameters.id("curator", curator),
                QueryParameters.id("stage", stage), QueryParameters.choice("state", state, OpportunityState.class),
                QueryParameters.id("customer", customer),
                Boolean.TRUE.equals(QueryParameters.flag("withoutNextStep", withoutNextStep))), Paging.of(page, size));
    }

    @POST
    @Operation(summary = "Open an opportunity on a customer the caller may change; the first stage's tasks are planned",
            description = "modelId: the first active model when left out; curatorId: the customer's curator, else the"
                    + " assignment rules, else the caller")
    public Response open(OpportunityRequest request, @Context UriInfo uri) {
        OpportunityView opened = opportunities.open(require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build())
                .tag(String.valueOf(opened.version())).entity(opened).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The card: the opportunity, the stage bar, stage history with durations, the action plan"
            + " and the blocking steps still undone")
    public Response card(@PathParam("id") long id) {
        OpportunityCard card = opportunities.card(id);
        return Response.ok(card).tag(String.valueOf(card.opportunity().version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an open opportunity's terms; the body's version (or If-Match) must be current, else 409")
    public Response update(@PathParam("id") long id, OpportunityRequest request, @HeaderParam("If-Match") String ifMatch) {
        OpportunityRequest body = require(request);
        long version = body.version() != null ? body.version() : Paging.requiredNumber("version", ifMatch);
        return ok(opportunities.update(id, version, body.toDraft()));
    }

    @POST
    @Path("{id}/stage")
    @Operation(summary = "Move to another open stage and plan its tasks",
            description = "Forward to the next stage (heads and admins may skip) once the current stage's blocking"
                    + " steps are done, else 422 naming them; back with a reason")
    public Response move(@PathParam("id") long id, OpportunityActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        OpportunityActionRequest body = action(request);
        return ok(opportunities.moveTo(id, version(body, ifMatch), required("stageId", body.stageId()), body.reason()));
    }

    @POST
    @Path("{id}/win")
    @Operation(summary = "Won, with a WON reason (see close-reasons); a forward move, so blocking steps must be done")
    public Response win(@PathParam("id") long id, OpportunityActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        OpportunityActionRequest body = action(request);
        return ok(opportunities.win(id, version(body, ifMatch), required("reasonId", body.reasonId()), body.comment()));
    }

    @POST
    @Path("{id}/lose")
    @Operation(summary = "Lost, with a LOST reason (see close-reasons), from any stage")
    public Response lose(@PathParam("id") long id, OpportunityActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        OpportunityActionRequest body = action(request);
        return ok(opportunities.lose(id, version(body, ifMatch), required("reasonId", body.reasonId()), body.comment()));
    }

    @POST
    @Path("{id}/curator")
    @Operation(summary = "Hand over to another curator (oneself, or for heads and admins their team); audited,"
            + " the new curator gets a notice task")
    public Response reassign(@PathParam("id") long id, OpportunityActionRequest request,
                             @HeaderParam("If-Match") String ifMatch) {
        OpportunityActionRequest body = action(request);
        return ok(opportunities.reassign(id, version(body, ifMatch), required("curatorId", body.curatorId())));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The opportunity's audit history, newest first")
    public Page<AuditTrail.AuditEntryView> history(@PathParam("id") long id, @QueryParam("page") String page,
                                                   @QueryParam("size") String size) {
        return opportunities.history(id, Paging.of(page, size));
    }

    static long version(OpportunityActionRequest request, String ifMatch) {
        return request.version() != null ? request.version() : Paging.requiredNumber("version", ifMatch);
    }

    private static OpportunityActionRequest action(OpportunityActionRequest request) {
        return request != null ? request : new OpportunityActionRequest(null, null, null, null, null, null);
    }

    private static long required(String field, Long value) {
        if (value == null) {
            throw InvalidRequestException.of(field, "crm.validation.required");
        }
        return value;
    }

    private static OpportunityRequest require(OpportunityRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }

    private static Response ok(OpportunityView opportunity) {
        return Response.ok(opportunity).tag(String.valueOf(opportunity.version())).build();
    }
}

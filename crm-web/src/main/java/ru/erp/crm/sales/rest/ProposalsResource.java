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
import ru.erp.crm.sales.boundary.ProposalPdf;
import ru.erp.crm.sales.boundary.ProposalQuery;
import ru.erp.crm.sales.boundary.ProposalSummary;
import ru.erp.crm.sales.boundary.ProposalVersionView;
import ru.erp.crm.sales.boundary.ProposalView;
import ru.erp.crm.sales.boundary.Proposals;
import ru.erp.crm.sales.entity.ProposalStatus;

@Path("sales/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "proposals", description = "Commercial proposals: versions, discount approval, PDF, e-mail, acceptance into an order")
public class ProposalsResource {

    @EJB
    Proposals proposals;

    @GET
    @Operation(summary = "Proposals of the customers the caller may see, newest first",
            description = "customer: CRM id; status: DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, SENT, ACCEPTED,"
                    + " DECLINED, SUPERSEDED; opportunity: id; q: the start of the number")
    public Page<ProposalSummary> list(@QueryParam("customer") String customer, @QueryParam("status") String status,
                                      @QueryParam("opportunity") String opportunity, @QueryParam("q") String q,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return proposals.list(new ProposalQuery(QueryParameters.id("customer", customer),
                QueryParameters.choice("status", status, ProposalStatus.class),
                QueryParameters.id("opportunity", opportunity), q), Paging.of(page, size));
    }

    @GET
    @Path("approvals")
    @Operation(summary = "The caller's approval queue: their team's proposals over the discount limit (all for an admin)")
    public Page<ProposalSummary> approvals(@QueryParam("page") String page, @QueryParam("size") String size) {
        return proposals.approvalQueue(Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One proposal with its current version and lines")
    public Response find(@PathParam("id") long id) {
        return ok(proposals.find(id));
    }

    @POST
    @Operation(summary = "Create a draft (sales roles, for a customer they may change)",
            description = "Lines as an order's: a catalogue product (priced from priceTypeId unless a price is given)"
                    + " or a free line; prices include VAT; headerDiscountPercent applies after each line's discount.")
    public Response create(ProposalRequest request, @Context UriInfo uri) {
        ProposalView created = proposals.create(require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace the header and the current version's lines of a draft or rejected proposal; 409 on a stale version")
    public Response update(@PathParam("id") long id, ProposalRequest request, @HeaderParam("If-Match") String ifMatch) {
        ProposalRequest body = require(request);
        long version = body.version() != null ? body.version() : Paging.requiredNumber("version", ifMatch);
        return ok(proposals.update(id, version, body.toDraft()));
    }

    @POST
    @Path("{id}/versions")
    @Operation(summary = "Start a new version with the current lines; the earlier one stays readable")
    public Response newVersion(@PathParam("id") long id, ProposalActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(proposals.newVersion(id, version(request, ifMatch)));
    }

    @GET
    @Path("{id}/versions/{no}")
    @Operation(summary = "One version of the proposal as it was")
    public ProposalVersionView version(@PathParam("id") long id, @PathParam("no") int no) {
        return proposals.version(id, no);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Within the author's discount limit: approved at once; over it: waits for the head's approval")
    public Response submit(@PathParam("id") long id, ProposalActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(proposals.submit(id, version(request, ifMatch)));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve the discounts (a head of the author's team or an admin)")
    public Response approve(@PathParam("id") long id, ProposalActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(proposals.approve(id, version(request, ifMatch), comment(request)));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Send the version back to its author; the comment is required")
    public Response reject(@PathParam("id") long id, ProposalActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(proposals.reject(id, version(request, ifMatch), comment(request)));
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Mail the PDF to the contact person; 422 when over the limit without approval, nothing changed")
    public Response send(@PathParam("id") long id, ProposalActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(proposals.send(id, version(request, ifMatch)));
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "The customer accepted a sent proposal: it becomes a draft sales order")
    public Response accept(@PathParam("id") long id, ProposalActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(proposals.accept(id, version(request, ifMatch)));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "The customer declined a sent proposal; the comment is the reason")
    public Response decline(@PathParam("id") long id, ProposalActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(proposals.decline(id, version(request, ifMatch), comment(request)));
    }

    @GET
    @Path("{id}/pdf")
    @Produces(ProposalPdf.CONTENT_TYPE)
    @Operation(summary = "The print form of the current version, or of version v")
    public Response pdf(@PathParam("id") long id, @QueryParam("v") String versionNo) {
        Long no = QueryParameters.id("v", versionNo);
        ProposalPdf pdf = proposals.pdf(id, no == null ? null : Math.toIntExact(no));
        return Response.ok(pdf.content(), ProposalPdf.CONTENT_TYPE)
                .header("Content-Disposition", disposition(pdf)).build();
    }

    /** Shown in the browser, saved under the proposal's number. */
    static String disposition(ProposalPdf pdf) {
        return "inline; filename=\"" + pdf.fileName() + "\"";
    }

    /** The body's version, else If-Match (quoted or weak as browsers send it); neither is a 400 naming it. */
    static long version(ProposalActionRequest request, String ifMatch) {
        return request != null && request.version() != null ? request.version() : Paging.requiredNumber("version", ifMatch);
    }

    private static String comment(ProposalActionRequest request) {
        return request == null ? null : request.comment();
    }

    private static ProposalRequest require(ProposalRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }

    /** The card with its version as the ETag, for the next If-Match. */
    private static Response ok(ProposalView proposal) {
        return Response.ok(proposal).tag(String.valueOf(proposal.version())).build();
    }
}

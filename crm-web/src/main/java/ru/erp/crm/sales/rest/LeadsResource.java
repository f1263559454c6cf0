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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;
import ru.erp.crm.sales.boundary.LeadDraft;
import ru.erp.crm.sales.boundary.LeadDuplicate;
import ru.erp.crm.sales.boundary.LeadQuery;
import ru.erp.crm.sales.boundary.LeadSummary;
import ru.erp.crm.sales.boundary.LeadView;
import ru.erp.crm.sales.boundary.Leads;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;

@Path("leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "leads", description = "Leads: entry, duplicates, qualification, curators, conversion into customer, contact and opportunity")
public class LeadsResource {

    @EJB
    Leads leads;

    @GET
    @Operation(summary = "Leads the caller may see (nobody's, their own, their team's), newest first",
            description = "status: NEW, IN_PROGRESS, QUALIFIED, DISQUALIFIED, CONVERTED; source: WEB, MANUAL, IMPORT, EVENT;"
                    + " curator: a user id; unassigned: true for nobody's; q: an INN, phone, e-mail or the start of a company name")
    public Page<LeadSummary> list(@QueryParam("status") String status, @QueryParam("source") String source,
                                  @QueryParam("curator") String curator, @QueryParam("unassigned") String unassigned,
                                  @QueryParam("q") String q, @QueryParam("page") String page,
                                  @QueryParam("size") String size) {
        return leads.list(new LeadQuery(QueryParameters.choice("status", status, LeadStatus.class),
                QueryParameters.choice("source", source, LeadSource.class), QueryParameters.id("curator", curator),
                Boolean.TRUE.equals(QueryParameters.flag("unassigned", unassigned)), q), Paging.of(page, size));
    }

    @GET
    @Path("duplicates")
    @Operation(summary = "Customers and leads resembling what is being typed (by INN, phone, e-mail, company name); never blocking")
    public Page<LeadDuplicate> duplicates(@QueryParam("companyName") String companyName, @QueryParam("inn") String inn,
                                          @QueryParam("phone") String phone, @QueryParam("email") String email) {
        List<LeadDuplicate> found = leads.duplicates(new LeadDraft(companyName, inn, null, null, phone, email, null));
        return Page.ofAll(found);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "The lead card with its current duplicates; 404 when it is someone else's")
    public Response find(@PathParam("id") long id) {
        return ok(leads.find(id));
    }

    @POST
    @Operation(summary = "Enter a lead by hand (a sales manager becomes its curator); duplicates come back as hints")
    public Response create(LeadRequest request, @Context UriInfo uri) {
        LeadView created = leads.create(require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Operation(summary = "Change a lead that is not converted; the body's version (or If-Match) must be current, else 409")
    public Response update(@PathParam("id") long id, LeadRequest request, @HeaderParam("If-Match") String ifMatch) {
        LeadRequest body = require(request);
        long version = body.version() != null ? body.version() : Paging.requiredNumber("version", ifMatch);
        return ok(leads.update(id, version, body.toDraft()));
    }

    @POST
    @Path("{id: \\d+}/qualify")
    @Operation(summary = "Qualify the lead (status QUALIFIED, the default) or take it into work (IN_PROGRESS)")
    public Response qualify(@PathParam("id") long id, LeadActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        LeadStatus status = request == null || request.status() == null ? LeadStatus.QUALIFIED
                : QueryParameters.choice("status", request.status(), LeadStatus.class);
        if (status != LeadStatus.QUALIFIED && status != LeadStatus.IN_PROGRESS) {
            throw InvalidRequestException.of("status", "crm.validation.choice", "QUALIFIED, IN_PROGRESS");
        }
        return ok(leads.changeStatus(id, version(request, ifMatch), status, null));
    }

    @POST
    @Path("{id: \\d+}/disqualify")
    @Operation(summary = "Disqualify the lead; the reason is required")
    public Response disqualify(@PathParam("id") long id, LeadActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(leads.changeStatus(id, version(request, ifMatch), LeadStatus.DISQUALIFIED,
                request == null ? null : request.reason()));
    }

    @PUT
    @Path("{id: \\d+}/curator")
    @Operation(summary = "Hand the lead to a curator (curatorId; null unassigns): oneself, a team member for heads, anyone for admins")
    public Response assign(@PathParam("id") long id, LeadActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(leads.assign(id, version(request, ifMatch), request == null ? null : request.curatorId()));
    }

    @POST
    @Path("{id: \\d+}/convert")
    @Operation(summary = "Convert a qualified lead into a customer (reused or new), a contact person and an opportunity, in one go",
            description = "customerId: reuse that customer; else the customer with the lead's INN/KPP; else a new one in category")
    public Response convert(@PathParam("id") long id, LeadActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(leads.convert(id, version(request, ifMatch), request == null ? null : request.conversion()));
    }

    @POST
    @Path("{id: \\d+}/unconvert")
    @Operation(summary = "Admins: reverse a conversion; the lead is QUALIFIED again, the customer, contact and opportunity are kept")
    public Response unconvert(@PathParam("id") long id, LeadActionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(leads.unconvert(id, version(request, ifMatch)));
    }

    /** The body's version, else If-Match; neither is a 400 naming it. */
    static long version(LeadActionRequest request, String ifMatch) {
        return request != null && request.version() != null ? request.version() : Paging.requiredNumber("version", ifMatch);
    }

    private static LeadRequest require(LeadRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }

    private static Response ok(LeadView lead) {
        return Response.ok(lead).tag(String.valueOf(lead.version())).build();
    }
}

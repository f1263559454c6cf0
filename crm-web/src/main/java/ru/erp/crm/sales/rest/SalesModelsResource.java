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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.sales.boundary.SalesModelView;
import ru.erp.crm.sales.boundary.SalesModels;

/** Templates are retired (active=false) rather than deleted: opportunities and their history point at their stages. */
@Path("sales/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sales models", description = "Sales-model templates: stages with probabilities and the steps of each")
public class SalesModelsResource {

    @EJB
    SalesModels models;

    @GET
    @Operation(summary = "Every template, active ones first")
    public Page<SalesModelView> list() {
        return Page.ofAll(models.list());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One template with its stages and steps")
    public Response find(@PathParam("id") long id) {
        return ok(models.find(id));
    }

    @POST
    @Operation(summary = "Create a template (sales heads, admins): open stages, then one WON (100) and one LOST (0) stage",
            description = "A step's performer is CURATOR or a role name; SALES_HEAD steps go to the curator's head")
    public Response create(SalesModelRequest request, @Context UriInfo uri) {
        SalesModelView created = models.create(require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a template: stages and steps named by id are kept (rename, reorder), others added;"
            + " dropping a stage that holds or held opportunities is a 409")
    public Response update(@PathParam("id") long id, SalesModelRequest request, @HeaderParam("If-Match") String ifMatch) {
        SalesModelRequest body = require(request);
        long version = body.version() != null ? body.version() : Paging.requiredNumber("version", ifMatch);
        return ok(models.update(id, version, body.toDraft()));
    }

    private static SalesModelRequest require(SalesModelRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }

    private static Response ok(SalesModelView model) {
        return Response.ok(model).tag(String.valueOf(model.version())).build();
    }
}

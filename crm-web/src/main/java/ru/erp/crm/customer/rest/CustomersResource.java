package ru.erp.crm.customer.rest;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.customer.boundary.CustomerQuery;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerSaved;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerSummary;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerView;
import ru.erp.crm.customer.boundary.CustomerViews.DuplicateCandidate;
import ru.erp.crm.customer.boundary.CustomerViews.TimelineEvent;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Messages;
import ru.erp.crm.platform.rest.Paging;

@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "customers", description = "The single customer base")
public class CustomersResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    Customers customers;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Search customers within the caller's categories",
            description = "q: digits search INN prefix and phone, other text the start of the name; sort: name, inn, createdAt, updatedAt, id ('-' for descending)")
    public Page<CustomerSummary> search(@QueryParam("q") String q, @QueryParam("inn") String inn,
                                        @QueryParam("phone") String phone, @QueryParam("email") String email,
                                        @QueryParam("category") String category, @QueryParam("curator") String curator,
                                        @QueryParam("role") String role, @QueryParam("sort") String sort,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        return customers.search(new CustomerQuery(q, inn, phone, email, category, curator, role, sort),
                Paging.of(page, size));
    }

    @POST
    @Operation(summary = "Create a customer; 409 if INN+KPP exist, warnings list records sharing a phone or e-mail")
    public Response create(CustomerRequest request, @Context UriInfo uri) {
        CustomerSaved saved = customers.create(require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.customer().id())).build())
                .tag(String.valueOf(saved.customer().version()))
                .entity(withWarnings(saved)).build();
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") long id) {
        CustomerView customer = customers.find(id);
        return Response.ok(customer).tag(String.valueOf(customer.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a customer; the body's version (or If-Match) must be the current one, else 409")
    public Response update(@PathParam("id") long id, CustomerRequest request, @HeaderParam("If-Match") String ifMatch) {
        CustomerRequest body = require(request);
        long version = body.version() != null ? body.version() : Paging.requiredNumber("version", ifMatch);
        CustomerSaved saved = customers.update(id, version, body.toDraft());
        return Response.ok(withWarnings(saved)).tag(String.valueOf(saved.customer().version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version,
                           @HeaderParam("If-Match") String ifMatch) {
        customers.delete(id, Paging.requiredNumber("version", version != null ? version : ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("merge")
    @Operation(summary = "Merge mergedId into survivorId: contacts, accounts and external ids move to the survivor")
    public CustomerView merge(MergeRequest request) {
        if (request == null || request.survivorId() == null || request.mergedId() == null) {
            throw InvalidRequestException.of(request == null || request.survivorId() == null ? "survivorId" : "mergedId",
                    "crm.validation.required");
        }
        return customers.merge(request.survivorId(), request.mergedId());
    }

    @GET
    @Path("{id}/timeline")
    public Page<TimelineEvent> timeline(@PathParam("id") long id, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return customers.timeline(id, Paging.of(page, size));
    }

    private static CustomerRequest require(CustomerRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }

    /** The card's own fields at the top level, plus the duplicate warnings in the request's language. */
    private String withWarnings(CustomerSaved saved) {
        var locale = Messages.localeOf(headers);
        JsonArrayBuilder warnings = Json.createArrayBuilder();
        for (DuplicateCandidate candidate : saved.warnings()) {
            warnings.add(Json.createObjectBuilder()
                    .add("id", candidate.id()).add("name", candidate.name())
                    .add("matchedBy", candidate.matchedBy()).add("value", candidate.value())
                    .add("message", Messages.text("crm.warning.duplicateContact", locale, candidate.name(), candidate.value())));
        }
        try (JsonReader card = Json.createReader(new StringReader(JSON.toJson(saved.customer())))) {
            return Json.createObjectBuilder(card.readObject()).add("warnings", warnings).build().toString();
        }
    }

    public record MergeRequest(Long survivorId, Long mergedId) {
    }
}

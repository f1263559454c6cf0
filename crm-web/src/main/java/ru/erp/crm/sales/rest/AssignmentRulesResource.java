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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.sales.boundary.AssignmentRuleDraft;
import ru.erp.crm.sales.boundary.AssignmentRuleView;
import ru.erp.crm.sales.boundary.AssignmentRules;

@Path("sales/assignment-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "opportunities")
public class AssignmentRulesResource {

    /** The JSON body of a rule; {@code version} (or If-Match) on a change. */
    public record RuleRequest(Integer position, Long categoryId, String region, Boolean active,
                              List<Long> userIds, Long version) {

        AssignmentRuleDraft toDraft() {
            return new AssignmentRuleDraft(position, categoryId, region, active, userIds);
        }
    }

    @EJB
    AssignmentRules rules;

    @GET
    @Operation(summary = "The curator-assignment rules in the order they are tried")
    public Page<AssignmentRuleView> list() {
        return Page.ofAll(rules.list());
    }

    @POST
    @Operation(summary = "Add a rule (sales heads, admins): category and region (text of the legal address) optional,"
            + " a pool of users; the least loaded member wins, ties take turns")
    public Response create(RuleRequest request, @Context UriInfo uri) {
        AssignmentRuleView created = rules.create(require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a rule; active=false retires it")
    public Response update(@PathParam("id") long id, RuleRequest request, @HeaderParam("If-Match") String ifMatch) {
        RuleRequest body = require(request);
        long version = body.version() != null ? body.version() : Paging.requiredNumber("version", ifMatch);
        AssignmentRuleView updated = rules.update(id, version, body.toDraft());
        return Response.ok(updated).tag(String.valueOf(updated.version())).build();
    }

    private static RuleRequest require(RuleRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }
}

package ru.erp.crm.security.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.security.boundary.AccessGrants;
import ru.erp.crm.security.boundary.AccessGrants.GrantView;
import ru.erp.crm.security.boundary.Users;
import ru.erp.crm.security.boundary.Users.NewUser;
import ru.erp.crm.security.boundary.Users.UserView;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users", description = "Users, blocking, category access grants")
public class UsersResource {

    @EJB
    Users users;

    @EJB
    AccessGrants grants;

    @GET
    public Page<UserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return users.list(Paging.of(page, size));
    }

    @GET
    @Path("me")
    public UserView me() {
        return users.me();
    }

    @GET
    @Path("{id}")
    public UserView find(@PathParam("id") long id) {
        return users.find(id);
    }

    @POST
    public Response create(NewUser request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return Response.status(Response.Status.CREATED).entity(users.create(request)).build();
    }

    @POST
    @Path("{id}/block")
    @Operation(summary = "Block a user (heads: their team; admins: anyone)")
    public UserView block(@PathParam("id") long id) {
        return users.block(id, true);
    }

    @POST
    @Path("{id}/unblock")
    public UserView unblock(@PathParam("id") long id) {
        return users.block(id, false);
    }

    @GET
    @Path("{id}/grants")
    public Page<GrantView> grantsOf(@PathParam("id") long id) {
        List<GrantView> items = grants.of(id);
        return Page.ofAll(items);
    }

    @PUT
    @Path("{id}/grants/{category}")
    @Operation(summary = "Grant the user access to a customer category")
    public GrantView grant(@PathParam("id") long id, @PathParam("category") String category) {
        return grants.grant(id, category);
    }

    @DELETE
    @Path("{id}/grants/{category}")
    @Operation(summary = "Revoke the user's access to a customer category")
    public Response revoke(@PathParam("id") long id, @PathParam("category") String category) {
        grants.revoke(id, category);
        return Response.noContent().build();
    }
}

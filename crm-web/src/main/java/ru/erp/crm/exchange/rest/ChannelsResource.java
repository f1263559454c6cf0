package ru.erp.crm.exchange.rest;

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
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.ConnectionCheck;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.rest.Paging;

@Path("exchange/channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "exchange-channels", description = "The exchanges ERP administrators configure (ERP administrators, admins)")
public class ChannelsResource {

    @EJB
    Channels channels;

    @GET
    @Operation(summary = "Channels by code")
    public Page<ChannelView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return channels.list(Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") long id) {
        ChannelView channel = channels.find(id).orElseThrow(() -> new RecordNotFoundException(Channels.ENTITY, id));
        return Response.ok(channel).tag(String.valueOf(channel.version())).build();
    }

    @POST
    @Operation(summary = "Create a channel; it starts disabled. 409 if the code or the login is taken")
    public Response create(ChannelRequest request, @Context UriInfo uri) {
        ChannelView channel = channels.create(require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(channel.id())).build())
                .tag(String.valueOf(channel.version())).entity(channel).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a channel's settings; the body's version (or If-Match) must be the current one, else 409. "
            + "A left-out password keeps the stored one")
    public Response update(@PathParam("id") long id, ChannelRequest request, @HeaderParam("If-Match") String ifMatch) {
        ChannelRequest body = require(request);
        long version = body.version() != null ? body.version() : Paging.requiredNumber("version", ifMatch);
        ChannelView channel = channels.update(id, version, body.toDraft());
        return Response.ok(channel).tag(String.valueOf(channel.version())).build();
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Let the routes run the channel; 400 naming the settings it still lacks")
    public ChannelView enable(@PathParam("id") long id) {
        return channels.enable(id);
    }

    @POST
    @Path("{id}/disable")
    public ChannelView disable(@PathParam("id") long id) {
        return channels.disable(id);
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Run now: the channel's route runs at its next look; 422 while the channel is disabled")
    public ChannelView run(@PathParam("id") long id) {
        return channels.requestRun(id);
    }

    @POST
    @Path("{id}/test-connection")
    @Operation(summary = "Check what can be checked from the server: 1C site credentials and address, folder access, queue name")
    public ConnectionCheck testConnection(@PathParam("id") long id) {
        return channels.testConnection(id);
    }

    private static ChannelRequest require(ChannelRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }
}

package ru.erp.crm.platform.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The API's own address for its OpenAPI document. Payara's MicroProfile OpenAPI serves the
 * document generated from this application's annotations at the server root; this points there.
 */
@Path("openapi")
public class OpenApiResource {

    @GET
    @Operation(summary = "Redirects to the OpenAPI document of this API")
    public Response document(@Context UriInfo uri) {
        return Response.seeOther(UriBuilder.fromUri(uri.getBaseUri()).replacePath("/openapi").build()).build();
    }
}

package ru.erp.crm.finance.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.finance.boundary.StatementProgress;
import ru.erp.crm.finance.boundary.Statements;

/**
 * Bank statements uploaded through the API. FINANCE follows an upload here rather than in the
 * exchange journal's API, which only exchange administrators may read.
 */
@Path("finance/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payments")
public class StatementsResource {

    @EJB
    Statements statements;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Upload a bank statement (1CClientBankExchange 1.01-1.03) to be matched (FINANCE, ADMIN)",
            description = "Body: the file as the bank client wrote it; filename: its name. 202 with the Location of the"
                    + " statement's progress (the journal message id); the same file again answers the same message."
                    + " 400 for an empty file or one that is not a bank statement, 413 above the size limit, 422 when"
                    + " no BANK_STATEMENTS channel is enabled")
    public Response upload(@QueryParam("filename") String filename,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body,
                           @Context UriInfo uri) {
        if (contentLength != null && contentLength.strip().matches("\\d{1,18}")) {
            Statements.requireAcceptableSize(Long.parseLong(contentLength.strip()));
        }
        long id = statements.upload(filename, body == null ? InputStream.nullInputStream() : body);
        return Response.accepted(statements.progress(id))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "How far an uploaded statement has got: status, finished, counts read/applied/skipped/failed,"
            + " reason; 404 for an id that is not a bank statement")
    public StatementProgress progress(@PathParam("id") long id) {
        return statements.progress(id);
    }
}

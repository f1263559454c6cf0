package ru.erp.crm.sales.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Messages;
import ru.erp.crm.sales.boundary.LeadImports;

/**
 * Lead files: the upload answers a preview (201, nothing imported yet), confirming imports the
 * good rows, a second confirmation changes nothing. The file is the request body as is.
 */
@Path("leads/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lead imports", description = "CSV (UTF-8 or windows-1251, ';' or ',') and XLSX files of leads, previewed before import")
public class LeadImportsResource {

    /** A lead file is a page of rows, not an archive: 10 MB is plenty and bounds the memory one upload takes. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    @EJB
    LeadImports imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Upload a file (the body; fileName as a query parameter) and get its preview with per-row errors and duplicate hints")
    public Response upload(@QueryParam("fileName") String fileName, InputStream body, @Context UriInfo uri) {
        ImportResponse preview = ImportResponse.of(imports.preview(fileName, read(body)), Messages.localeOf(headers));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(preview.id())).build())
                .entity(preview).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "An import's preview, or once confirmed each row's lead; the uploader's and admins'")
    public ImportResponse find(@PathParam("id") long id) {
        return ImportResponse.of(imports.find(id), Messages.localeOf(headers));
    }

    @POST
    @Path("{id: \\d+}/confirm")
    @Operation(summary = "Import the rows without errors as leads; confirming again imports nothing more")
    public ImportResponse confirm(@PathParam("id") long id) {
        return ImportResponse.of(imports.confirm(id), Messages.localeOf(headers));
    }

    static byte[] read(InputStream body) {
        if (body == null) {
            throw InvalidRequestException.of("file", "crm.validation.leadImport.empty");
        }
        try (body) {
            byte[] content = body.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw InvalidRequestException.of("file", "crm.validation.leadImport.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            return content;
        } catch (IOException e) {
            throw InvalidRequestException.of("file", "crm.validation.leadImport.unreadable");
        }
    }
}

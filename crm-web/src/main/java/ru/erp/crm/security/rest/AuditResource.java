package ru.erp.crm.security.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.audit.AuditTrail.AuditEntryView;
import ru.erp.crm.platform.audit.AuditTrail.AuditQuery;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Who changed what, when (admins and sales heads)")
public class AuditResource {

    @EJB
    AuditTrail audit;

    @GET
    @Operation(summary = "Search the audit trail by entity, id, user and period (from/to: ISO date or instant)")
    public Page<AuditEntryView> search(@QueryParam("entity") String entity, @QueryParam("id") String id,
                                       @QueryParam("user") String user, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        return audit.search(new AuditQuery(blank(entity), blank(id), blank(user), instant("from", from), instant("to", to)),
                Paging.of(page, size));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of(field, "crm.validation.date");
        }
    }
}

package ru.erp.crm.activity.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.activity.boundary.SignificantDateView;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;

@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calendar")
public class SignificantDatesResource {

    static final int DEFAULT_DAYS = 7;

    @EJB
    Calendars calendars;

    Clock clock = Clock.systemDefaultZone();

    @GET
    @Path("significant-dates")
    @Operation(summary = "Birthdays and other significant dates of contact persons of the caller's customers,"
            + " earliest first", description = "from: YYYY-MM-DD, today by default; days: 1 to 366 days from"
            + " 'from' on, 7 by default. 29 February falls on 28 February in common years.")
    public Page<SignificantDateView> upcoming(@QueryParam("from") String from, @QueryParam("days") String days,
                                              @QueryParam("page") String page, @QueryParam("size") String size) {
        LocalDate first = QueryParameters.date("from", from);
        Integer window = Paging.number("days", days);
        return calendars.significantDates(first == null ? LocalDate.now(clock) : first,
                window == null ? DEFAULT_DAYS : window, Paging.of(page, size));
    }

    @GET
    @Path("{contactId}/significant-dates")
    @Operation(summary = "A contact person's significant dates other than the birthday, in the order of the year")
    public Page<SignificantDateView> of(@PathParam("contactId") long contactId) {
        return Page.ofAll(calendars.significantDatesOf(contactId));
    }

    @POST
    @Path("{contactId}/significant-dates")
    @Operation(summary = "Add a significant date to a contact person of a customer the caller may change",
            description = "day, month: the day every year (29 February falls on 28 February in common years);"
                    + " year: when known")
    public Response add(@PathParam("contactId") long contactId, SignificantDateRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        SignificantDateView added = calendars.addSignificantDate(contactId, request.toDraft());
        return Response.created(uri.getBaseUriBuilder().path("contacts/significant-dates")
                .path(String.valueOf(added.significantDateId())).build()).entity(added).build();
    }

    @DELETE
    @Path("significant-dates/{id}")
    public Response remove(@PathParam("id") long id) {
        calendars.removeSignificantDate(id);
        return Response.noContent().build();
    }
}

package ru.erp.crm.activity.rest;

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
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.activity.boundary.Activities;
import ru.erp.crm.activity.boundary.ActivityQuery;
import ru.erp.crm.activity.boundary.ActivityView;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;

@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "activities", description = "Calls, meetings, tasks and e-mails on customers, with reminders")
public class ActivitiesResource {

    @EJB
    Activities activities;

    Clock clock = Clock.systemUTC();

    @POST
    @Operation(summary = "Plan an activity",
            description = "kind: CALL, MEETING (need startsAt), TASK, EMAIL (need dueAt); ownerId: a team member (heads)"
                    + " or anyone (admins), the caller by default; remind: false for no reminder, else remindAt or"
                    + " 15 minutes before a call or meeting, 9:00 of the due day for a task")
    public Response create(ActivityRequest request, @Context UriInfo uri) {
        ActivityView created = activities.create(require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @GET
    @Operation(summary = "A customer's activities, or one owner's (the caller's by default), latest first",
            description = "customerId: CRM id; owner: user id; status: PLANNED, DONE, CANCELLED")
    public Page<ActivityView> list(@QueryParam("customerId") String customerId, @QueryParam("owner") String owner,
                                   @QueryParam("status") String status, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        return activities.list(new ActivityQuery(QueryParameters.id("customerId", customerId),
                QueryParameters.id("owner", owner), QueryParameters.choice("status", status, ActivityStatus.class)),
                Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One activity; 404 when there is none or the caller may not see its customer")
    public Response find(@PathParam("id") long id) {
        ActivityView activity = activities.find(id);
        return Response.ok(activity).tag(String.valueOf(activity.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a planned activity (owner, their head, admins); the body's version (or If-Match)"
            + " must be the current one, else 409")
    public Response update(@PathParam("id") long id, ActivityRequest request, @HeaderParam("If-Match") String ifMatch) {
        ActivityRequest body = require(request);
        ActivityView updated = activities.update(id, versionOf(body, ifMatch), body.toDraft());
        return Response.ok(updated).tag(String.valueOf(updated.version())).build();
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Report the activity done with its outcome; done only once, else 422")
    public ActivityView complete(@PathParam("id") long id, CompleteRequest request) {
        return activities.complete(id, request == null ? null : request.outcome());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a planned activity; 422 when it is done or cancelled")
    public ActivityView cancel(@PathParam("id") long id) {
        return activities.cancel(id);
    }

    @GET
    @Path("overdue")
    @Operation(summary = "The caller's planned tasks and e-mails past their due time, the longest overdue first")
    public Page<ActivityView> overdue(@QueryParam("page") String page, @QueryParam("size") String size) {
        return activities.overdue(Paging.of(page, size));
    }

    @GET
    @Path("today")
    @Operation(summary = "The caller's planned tasks and e-mails due today")
    public Page<ActivityView> today(@QueryParam("page") String page, @QueryParam("size") String size) {
        return activities.dueToday(Paging.of(page, size));
    }

    @GET
    @Path("reminders")
    @Operation(summary = "The caller's reminders that are due and not acknowledged, earliest first")
    public Page<ActivityView> reminders() {
        return Page.ofAll(activities.dueReminders(clock.instant()));
    }

    @POST
    @Path("reminders/{id}/acknowledge")
    @Operation(summary = "The owner has seen the activity's reminder; it is not shown again unless its time changes")
    public ActivityView acknowledge(@PathParam("id") long id) {
        return activities.acknowledge(id);
    }

    /** The version the client read: the body's, else the If-Match header's. */
    static long versionOf(ActivityRequest body, String ifMatch) {
        return body.version() != null ? body.version() : Paging.requiredNumber("version", ifMatch);
    }

    private static ActivityRequest require(ActivityRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }

    /** The body of reporting an activity done; may be left out. */
    public record CompleteRequest(String outcome) {
    }
}

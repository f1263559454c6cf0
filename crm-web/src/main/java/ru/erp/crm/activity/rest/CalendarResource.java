package ru.erp.crm.activity.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.activity.boundary.CalendarEntry;
import ru.erp.crm.activity.boundary.CalendarOwner;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.rest.QueryParameters;

@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "Users' and teams' calendars of activities")
public class CalendarResource {

    @EJB
    Calendars calendars;

    /** "Today" and "this week" are the server's, as the calendars' days are. */
    Clock clock = Clock.systemDefaultZone();

    @GET
    @Path("day")
    @Operation(summary = "A user's day in calendar order (the caller's own, a team member's for heads, anyone's for"
            + " admins)", description = "user: user id, the caller by default; date: YYYY-MM-DD, today by default")
    public Page<CalendarEntry> day(@QueryParam("user") String user, @QueryParam("date") String date) {
        LocalDate day = QueryParameters.date("date", date);
        return Page.ofAll(calendars.day(QueryParameters.id("user", user), day == null ? LocalDate.now(clock) : day));
    }

    @GET
    @Path("week")
    @Operation(summary = "A user's seven days from start in calendar order",
            description = "user: user id, the caller by default; start: YYYY-MM-DD, this week's Monday by default")
    public Page<CalendarEntry> week(@QueryParam("user") String user, @QueryParam("start") String start) {
        LocalDate first = QueryParameters.date("start", start);
        return Page.ofAll(calendars.week(QueryParameters.id("user", user), first == null ? monday() : first));
    }

    @GET
    @Path("team")
    @Operation(summary = "A head's and their team's days from through to (at most 31), in calendar order",
            description = "head: user id, the caller by default (admins may name any head); from, to: YYYY-MM-DD,"
                    + " this week by default")
    public Page<CalendarEntry> team(@QueryParam("head") String head, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        LocalDate first = QueryParameters.date("from", from);
        LocalDate last = QueryParameters.date("to", to);
        LocalDate start = first == null ? monday() : first;
        return Page.ofAll(calendars.team(QueryParameters.id("head", head), start, last == null ? start.plusDays(6) : last));
    }

    @GET
    @Path("users")
    @Operation(summary = "The users whose calendars the caller may open, the caller first")
    public Page<CalendarOwner> users() {
        return Page.ofAll(calendars.owners());
    }

    private LocalDate monday() {
        return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

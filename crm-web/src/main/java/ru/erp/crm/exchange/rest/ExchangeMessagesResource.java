package ru.erp.crm.exchange.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.exchange.boundary.ElementErrorView;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.MessageDetails;
import ru.erp.crm.exchange.boundary.MessageFilter;
import ru.erp.crm.exchange.boundary.MessageSummary;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;

@Path("exchange/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "exchange", description = "The journal of exchange messages (ERP administrators, admins)")
public class ExchangeMessagesResource {

    @EJB
    ExchangeJournal journal;

    @GET
    @Operation(summary = "Journaled messages, newest first",
            description = "direction: IN or OUT; status: RECEIVED, PROCESSING, APPLIED, PARTLY_APPLIED, FAILED,"
                    + " DEAD_LETTERED, REPLAYED; from/to: ISO date or instant of receipt (to exclusive);"
                    + " q: part of the source name")
    public Page<MessageSummary> list(@QueryParam("channel") String channel, @QueryParam("direction") String direction,
                                     @QueryParam("kind") String kind, @QueryParam("status") String status,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("q") String q, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        MessageFilter filter = new MessageFilter(channel, QueryParameters.choice("direction", direction, MessageDirection.class), kind,
                QueryParameters.choice("status", status, MessageStatus.class), instant("from", from), instant("to", to), q);
        return journal.list(filter, Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A message with its status, counts, the first 200 element errors and errorCount")
    public MessageDetails details(@PathParam("id") long id) {
        return journal.details(id).orElseThrow(() -> new RecordNotFoundException(ExchangeJournal.ENTITY, id));
    }

    @GET
    @Path("{id}/errors")
    @Operation(summary = "All element errors of a message, page by page")
    public Page<ElementErrorView> errors(@PathParam("id") long id, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        return journal.errors(id, Paging.of(page, size));
    }

    @GET
    @Path("{id}/payload")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The message's payload as it arrived or left, streamed, under its source name")
    public Response payload(@PathParam("id") long id) {
        MessageSummary message = journal.summary(id).orElseThrow(() -> new RecordNotFoundException(ExchangeJournal.ENTITY, id));
        StreamingOutput content = out -> journal.writePayloadTo(id, out);
        return Response.ok(content, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(message.sourceName()))
                .header(HttpHeaders.CONTENT_LENGTH, message.payloadSize())
                .build();
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Replay a finished message: it becomes REPLAYED and a new RECEIVED copy is queued; 422 while it is RECEIVED or PROCESSING")
    public Replays replayOne(@PathParam("id") long id) {
        return new Replays(journal.replay(List.of(id)));
    }

    @POST
    @Path("replay")
    @Operation(summary = "Replay several finished messages at once (body {\"ids\": [...]}); all or none")
    public Replays replayMany(ReplayRequest request) {
        if (request == null || request.ids() == null) {
            throw InvalidRequestException.of("ids", "crm.validation.required");
        }
        return new Replays(journal.replay(request.ids()));
    }

    @POST
    @Path("{id}/resolve")
    @Operation(summary = "Mark a dead letter as dealt with by hand, with a comment (body {\"comment\": \"...\"})")
    public MessageDetails resolve(@PathParam("id") long id, ResolveRequest request) {
        journal.resolve(id, request == null ? null : request.comment());
        return details(id);
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

    public record ReplayRequest(List<Long> ids) {
    }

    /** The ids of the new messages, in the order of the replayed ones. */
    public record Replays(List<Long> ids) {
    }

    public record ResolveRequest(String comment) {
    }
}

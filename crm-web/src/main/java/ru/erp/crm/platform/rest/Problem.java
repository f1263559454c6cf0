package ru.erp.crm.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ru.erp.crm.platform.problem.Violation;

/** RFC 9457 problem details, the one error shape of the API. */
public final class Problem {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private final JsonObjectBuilder body = Json.createObjectBuilder();
    private final int status;

    private Problem(int status, String type, String title) {
        this.status = status;
        body.add("type", type).add("title", title).add("status", status);
    }

    public static Problem of(Response.StatusType status, String type) {
        return new Problem(status.getStatusCode(), "urn:crm:problem:" + type, status.getReasonPhrase());
    }

    public Problem detail(String detail) {
        body.add("detail", detail);
        return this;
    }

    public Problem with(String name, String value) {
        body.add(name, value);
        return this;
    }

    public Problem with(String name, long value) {
        body.add(name, value);
        return this;
    }

    public Problem errors(List<Violation> violations, Locale locale) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (Violation violation : violations) {
            errors.add(Json.createObjectBuilder()
                    .add("field", violation.field())
                    .add("code", violation.messageKey())
                    .add("message", Messages.text(violation.messageKey(), violation.arguments(), locale)));
        }
        body.add("errors", errors);
        return this;
    }

    /** A 500 that names a correlation id (also written to the log) and nothing of the internals. */
    public static Problem internal(String correlationId, Locale locale) {
        return of(Response.Status.INTERNAL_SERVER_ERROR, "internal")
                .detail(Messages.text("crm.problem.internal", locale, correlationId))
                .with("correlationId", correlationId);
    }

    public static String newCorrelationId() {
        return UUID.randomUUID().toString();
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }
}

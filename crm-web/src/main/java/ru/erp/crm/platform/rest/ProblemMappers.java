package ru.erp.crm.platform.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.PayloadTooLargeException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;

/**
 * Every failure leaves the API as problem+json in the request's language: the domain's own
 * exceptions with their status, malformed JSON as 400, anything unexpected as a 500 with a
 * correlation id that is also in the server log.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        return problemOf(unwrap(thrown)).toResponse();
    }

    private Problem problemOf(Throwable e) {
        var locale = Messages.localeOf(headers);
        if (e instanceof InvalidRequestException invalid) {
            return Problem.of(Response.Status.BAD_REQUEST, "validation")
                    .detail(Messages.text("crm.problem.validation", locale))
                    .errors(invalid.violations(), locale);
        }
        if (e instanceof RecordNotFoundException notFound) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found")
                    .detail(Messages.text("crm.problem.notFound", locale, notFound.entity(), String.valueOf(notFound.id())));
        }
        if (e instanceof ConflictException conflict) {
            Problem problem = Problem.of(Response.Status.CONFLICT, "conflict")
                    .detail(Messages.text(conflict.messageKey(), conflict.arguments(), locale));
            return conflict.existingId() == null ? problem : problem.with("existingId", conflict.existingId());
        }
        if (e instanceof OptimisticLockException) {
            return Problem.of(Response.Status.CONFLICT, "conflict")
                    .detail(Messages.text("crm.conflict.concurrent", locale));
        }
        if (e instanceof ForbiddenOperationException forbidden) {
            return Problem.of(Response.Status.FORBIDDEN, "forbidden").detail(Messages.text(forbidden.messageKey(), locale));
        }
        if (e instanceof EJBAccessException || e instanceof AccessLocalException) {
            return Problem.of(Response.Status.FORBIDDEN, "forbidden").detail(Messages.text("crm.forbidden.role", locale));
        }
        if (e instanceof RuleViolationException rule) {
            Problem problem = Problem.of(new UnprocessableEntity(), "rule")
                    .detail(Messages.text(rule.messageKey(), rule.arguments(), locale));
            return rule.field() == null ? problem
                    : problem.errors(List.of(new Violation(rule.field(), rule.messageKey(), rule.arguments())), locale);
        }
        if (e instanceof PayloadTooLargeException tooLarge) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large")
                    .detail(Messages.text(tooLarge.messageKey(), tooLarge.arguments(), locale));
        }
        if (e instanceof JsonbException || e instanceof JsonParsingException || e instanceof ProcessingException) {
            return Problem.of(Response.Status.BAD_REQUEST, "malformed")
                    .detail(Messages.text("crm.problem.malformed", locale, String.valueOf(rootMessage(e))));
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return Problem.of(web.getResponse().getStatusInfo(), "http")
                    .detail(String.valueOf(web.getMessage()));
        }
        String correlationId = Problem.newCorrelationId();
        LOG.log(Level.SEVERE, "Unexpected failure " + correlationId, e);
        return Problem.internal(correlationId, locale);
    }

    /** EJB system exceptions wrap the real cause; optimistic locks surface at commit. */
    private static Throwable unwrap(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return cause;
            }
        }
        Throwable current = thrown;
        while (current instanceof EJBException && !(current instanceof EJBAccessException)
                && !(current instanceof AccessLocalException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** 422, which JAX-RS 3.1 has no constant for. */
    private static final class UnprocessableEntity implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    }
}

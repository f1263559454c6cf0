package ru.erp.crm.sales.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.hashing.ContentDigest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Messages;
import ru.erp.crm.platform.rest.Problem;
import ru.erp.crm.sales.boundary.Leads;

/**
 * The company site's enquiry form, open without a login (web.xml). In order: the sender's rate
 * (429 with Retry-After), the honeypot (a bot is told 202 and nothing is stored, so it learns
 * nothing), the fill-time token (400 naming {@code token}), then the content as any lead (400
 * per field). The answer is 202 without the lead's id or anything else internal.
 */
@Path("leads/web")
@Tag(name = "web form", description = "Enquiries from the company's site, without a login")
public class WebLeadResource {

    @EJB
    Leads leads;

    @Inject
    WebFormTokens tokens;

    @Inject
    SubmissionThrottle throttle;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("token")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A signed timestamp to send back with the form; the form may be sent from 3 s to 2 h later")
    public Response token() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Map.of("token", tokens.issue())).cacheControl(noStore).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an enquiry (JSON): name and a phone or an e-mail; 5 a minute and 50 a day per address")
    public Response submit(WebLeadRequest body) {
        if (body == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return receive(body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an enquiry as an HTML form posts it; the same fields and rules as the JSON variant")
    public Response submitForm(@FormParam("companyName") String companyName, @FormParam("inn") String inn,
                               @FormParam("name") String name, @FormParam("phone") String phone,
                               @FormParam("email") String email, @FormParam("message") String message,
                               @FormParam("utm_source") String utmSource, @FormParam("utm_medium") String utmMedium,
                               @FormParam("utm_campaign") String utmCampaign, @FormParam("page") String page,
                               @FormParam("website") String website, @FormParam("token") String token) {
        return receive(new WebLeadRequest(companyName, inn, name, phone, email, message, utmSource, utmMedium,
                utmCampaign, page, website, token));
    }

    private Response receive(WebLeadRequest body) {
        String sender = sender();
        Optional<Duration> wait = throttle.admit(sender);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + 1);
            Response problem = Problem.of(Response.Status.TOO_MANY_REQUESTS, "too-many-requests")
                    .detail(Messages.text("crm.problem.tooManyRequests", Messages.localeOf(headers), seconds)).toResponse();
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        if (body.isBait()) {
            return Response.accepted().build();
        }
        switch (tokens.check(body.token())) {
            case INVALID -> throw InvalidRequestException.of("token", "crm.validation.lead.token");
            case TOO_FAST -> throw InvalidRequestException.of("token", "crm.validation.lead.tooFast");
            case FILLED_IN -> leads.receive(body.form(), sender);
        }
        return Response.accepted().build();
    }

    /** The sender's address, hashed: the lead keeps enough to see a flood, not who sent it. */
    private String sender() {
        String address = request == null ? "unknown" : request.getRemoteAddr();
        return ContentDigest.of("web-lead-sender").add(address).sha256();
    }
}

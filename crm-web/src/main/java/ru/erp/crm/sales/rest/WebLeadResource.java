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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.platform.hashing.ContentDigest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Messages;
import ru.erp.crm.platform.rest.Problem;
import ru.erp.crm.sales.boundary.Leads;

/**
 * The company site's enquiry form, open without a login (web.xml). {@link WebFormGate} decides
 * first (429 with Retry-After, a silent drop, 400 on the token), then the content is checked as any
 * lead's (400 per field). The answer is 202 without the lead's id or anything else internal.
 */
@Path("leads/web")
@Tag(name = "web form", description = "Enquiries from the company's site, without a login")
public class WebLeadResource {

    @EJB
    Leads leads;

    @Inject
    WebFormGate gate;

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
        return Response.ok(Map.of("token", gate.token())).cacheControl(noStore).build();
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
        WebFormGate.Verdict verdict = gate.admit(body, sender);
        if (verdict.throttled()) {
            long seconds = verdict.retryAfterSeconds();
            Response problem = Problem.of(Response.Status.TOO_MANY_REQUESTS, "too-many-requests")
                    .detail(Messages.text("crm.problem.tooManyRequests", Messages.localeOf(headers), seconds)).toResponse();
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        if (verdict.receive()) {
            leads.receive(body.form(), sender);
        }
        return Response.accepted().build();
    }

    /** The sender's address, hashed: the lead keeps enough to see a flood, not who sent it. */
    private String sender() {
        String address = request == null ? "unknown" : request.getRemoteAddr();
        return ContentDigest.of("web-lead-sender").add(address).sha256();
    }
}

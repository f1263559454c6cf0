package ru.erp.crm.finance.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.finance.boundary.MatchCandidate;
import ru.erp.crm.finance.boundary.PaymentQuery;
import ru.erp.crm.finance.boundary.PaymentView;
import ru.erp.crm.finance.boundary.Payments;
import ru.erp.crm.finance.entity.PaymentStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;
import ru.erp.crm.platform.rest.QueryParameters;

@Path("finance/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "payments", description = "Incoming payments from bank statements and their matching to invoices")
public class PaymentsResource {

    @EJB
    Payments payments;

    @GET
    @Operation(summary = "Incoming payments, newest first (FINANCE, ADMIN)",
            description = "status: MATCHED, PARTLY_MATCHED, UNMATCHED (the queue to match by hand), IGNORED;"
                    + " from/to: payment date YYYY-MM-DD, both included; payerInn: exactly")
    public Page<PaymentView> list(@QueryParam("status") String status, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("payerInn") String payerInn,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return payments.list(new PaymentQuery(QueryParameters.choice("status", status, PaymentStatus.class),
                QueryParameters.date("from", from), QueryParameters.date("to", to), payerInn), Paging.of(page, size));
    }

    @GET
    @Path("{id}/candidates")
    @Operation(summary = "Open invoices the payment could be matched to by hand, with the amount matching would book",
            description = "number: start of the invoice number; anyCustomer=true: any visible customer's invoices (then"
                    + " a number is needed), else the payer's (same INN); at most 20, earliest due first")
    public List<MatchCandidate> candidates(@PathParam("id") long id, @QueryParam("number") String number,
                                           @QueryParam("anyCustomer") String anyCustomer) {
        return payments.matchCandidates(id, number, Boolean.TRUE.equals(QueryParameters.flag("anyCustomer", anyCustomer)));
    }

    @POST
    @Path("{id}/match")
    @Operation(summary = "Book part or all of a payment against an invoice by hand (body {\"invoiceId\": .., \"amount\": ..});"
            + " 422 when the payment or the invoice has less left")
    public PaymentView match(@PathParam("id") long id, MatchRequest request) {
        if (request == null || request.invoiceId() == null) {
            throw InvalidRequestException.of("invoiceId", "crm.validation.required");
        }
        return payments.match(id, request.invoiceId(), request.amount());
    }

    @POST
    @Path("{id}/ignore")
    @Operation(summary = "Take an unmatched payment out of the queue, saying why (body {\"reason\": \"...\"})")
    public PaymentView ignore(@PathParam("id") long id, IgnoreRequest request) {
        return payments.ignore(id, request == null ? null : request.reason());
    }

    public record MatchRequest(Long invoiceId, BigDecimal amount) {
    }

    public record IgnoreRequest(String reason) {
    }
}

package ru.erp.crm.customer.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.customer.boundary.ContactPersonDraft;
import ru.erp.crm.customer.boundary.ContactPersons;
import ru.erp.crm.customer.boundary.CustomerViews.ContactPersonView;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Paging;

@Path("customers/{customerId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "customers")
public class ContactsResource {

    @EJB
    ContactPersons contacts;

    @GET
    public Page<ContactPersonView> list(@PathParam("customerId") long customerId) {
        List<ContactPersonView> all = contacts.of(customerId);
        return Page.ofAll(all);
    }

    @POST
    public Response add(@PathParam("customerId") long customerId, ContactRequest request, @Context UriInfo uri) {
        ContactPersonView added = contacts.add(customerId, require(request).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build()).entity(added).build();
    }

    @PUT
    @Path("{contactId}")
    public ContactPersonView update(@PathParam("customerId") long customerId, @PathParam("contactId") long contactId,
                                    ContactRequest request) {
        ContactRequest body = require(request);
        return contacts.update(customerId, contactId,
                Paging.requiredNumber("version", body.version() == null ? null : body.version().toString()), body.toDraft());
    }

    @DELETE
    @Path("{contactId}")
    public Response delete(@PathParam("customerId") long customerId, @PathParam("contactId") long contactId) {
        contacts.delete(customerId, contactId);
        return Response.noContent().build();
    }

    private static ContactRequest require(ContactRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return request;
    }

    public record ContactRequest(String fullName, String position, LocalDate birthday, List<ContactDetails> contacts,
                                 Long version) {
        ContactPersonDraft toDraft() {
            return new ContactPersonDraft(fullName, position, birthday, contacts);
        }
    }
}

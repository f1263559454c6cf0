package ru.erp.crm.customer.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.customer.boundary.Categories;
import ru.erp.crm.customer.boundary.Categories.CategoryView;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.rest.Messages;

@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "categories", description = "Customer categories and who may see them")
public class CategoriesResource {

    @EJB
    Categories categories;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The categories the caller may see; all=true lists every category (heads, admins)")
    public Page<CategoryView> list(@QueryParam("all") boolean all) {
        List<CategoryView> items = all ? categories.grantable(Messages.localeOf(headers))
                : categories.visible(Messages.localeOf(headers));
        return Page.ofAll(items);
    }

    @POST
    public Response create(NewCategory request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "crm.validation.required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(categories.create(request.code(), request.nameRu(), request.nameEn(), Messages.localeOf(headers)))
                .build();
    }

    public record NewCategory(String code, String nameRu, String nameEn) {
    }
}

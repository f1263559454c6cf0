package ru.erp.crm.catalog.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.erp.crm.catalog.boundary.ProductQuery;
import ru.erp.crm.catalog.boundary.ProductView;
import ru.erp.crm.catalog.boundary.Products;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.rest.Paging;

@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "products", description = "The product catalogue from 1C, with prices and stock")
public class ProductsResource {

    @EJB
    Products products;

    @GET
    @Operation(summary = "Search products in name order",
            description = "externalId: the 1C Ид, exactly; q: the start of the name or of the article; group: the CRM id"
                    + " of a group (its own products, not those of its subgroups); active: true (the default), false or any")
    public Page<ProductView> list(@QueryParam("externalId") String externalId, @QueryParam("q") String q,
                                  @QueryParam("group") String group, @QueryParam("active") String active,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return products.list(new ProductQuery(externalId, q, groupId(group), activity(active)), Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A product with its prices and stock; 404 when there is no such product")
    public ProductView find(@PathParam("id") long id) {
        return products.find(id).orElseThrow(() -> new RecordNotFoundException("product", id));
    }

    private static Long groupId(String group) {
        if (group == null || group.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(group.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of("group", "crm.validation.number");
        }
    }

    /** Only active products unless the request asks otherwise. */
    private static Boolean activity(String active) {
        String value = active == null || active.isBlank() ? "true" : active.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            case "any" -> null;
            default -> throw InvalidRequestException.of("active", "crm.validation.active");
        };
    }
}

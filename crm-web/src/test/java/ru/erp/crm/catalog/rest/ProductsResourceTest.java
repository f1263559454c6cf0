package ru.erp.crm.catalog.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.boundary.ProductQuery;
import ru.erp.crm.catalog.boundary.ProductView;
import ru.erp.crm.catalog.boundary.Products;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;

class ProductsResourceTest {

    private final ProductsResource resource = new ProductsResource();
    private ProductQuery asked;
    private PageRequest askedPage;

    @BeforeEach
    void catalogue() {
        resource.products = new Products() {
            @Override
            public Page<ProductView> list(ProductQuery query, PageRequest page) {
                asked = query;
                askedPage = page;
                return Page.of(List.of(), 0, page);
            }

            @Override
            public Optional<ProductView> find(long id) {
                return Optional.empty();
            }
        };
    }

    @Test
    void onlyActiveProductsUnlessAskedOtherwise() {
        resource.list(null, null, null, null, null, null);
        assertEquals(true, asked.active());
        resource.list(null, null, null, "FALSE", null, null);
        assertEquals(false, asked.active());
        resource.list(null, null, null, "any", null, null);
        assertNull(asked.active());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> resource.list(null, null, null, "yes", null, null));
        assertEquals("active", refused.violations().get(0).field());
    }

    @Test
    void filtersAndPagingReachTheCatalogue() {
        resource.list("p1#c1", "Коврик", " 42 ", null, "2", "50");
        assertEquals(new ProductQuery("p1#c1", "Коврик", 42L, true), asked);
        assertEquals(new PageRequest(2, 50), askedPage);
    }

    @Test
    void aGroupIsItsNumericId() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> resource.list(null, null, "g-root", null, null, null));
        assertEquals("group", refused.violations().get(0).field());
    }

    @Test
    void anUnknownProductIsNotFound() {
        RecordNotFoundException notFound = assertThrows(RecordNotFoundException.class, () -> resource.find(7));
        assertEquals("product", notFound.entity());
        assertEquals(7L, notFound.id());
    }
}

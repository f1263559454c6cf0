package ru.erp.crm.sales.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.sales.boundary.OrderEventView;
import ru.erp.crm.sales.boundary.OrderQuery;
import ru.erp.crm.sales.boundary.OrderSummary;
import ru.erp.crm.sales.boundary.SalesOrders;
import ru.erp.crm.sales.entity.OrderEventKind;
import ru.erp.crm.sales.entity.OrderStatus;

class SalesOrdersResourceTest {

    private final SalesOrdersResource resource = new SalesOrdersResource();
    private OrderQuery asked;
    private PageRequest askedPage;

    @BeforeEach
    void orders() {
        resource.orders = new SalesOrders() {
            @Override
            public Page<OrderSummary> list(OrderQuery query, PageRequest page) {
                asked = query;
                askedPage = page;
                return Page.of(List.of(), 0, page);
            }

            @Override
            public List<OrderEventView> history(long id) {
                return List.of(new OrderEventView(null, OrderEventKind.CREATED, "manager", "draft"));
            }
        };
    }

    @Test
    void filtersAndPagingReachTheBoundary() {
        resource.list(" 42 ", "confirmed", "CRM-0001", "2", "50");

        assertEquals(new OrderQuery(42L, OrderStatus.CONFIRMED, "CRM-0001"), asked);
        assertEquals(new PageRequest(2, 50), askedPage);
        resource.list(null, null, null, null, null);
        assertEquals(new OrderQuery(null, null, null), asked);
    }

    @Test
    void unreadableInputIsRefusedNamingTheField() {
        assertEquals("status", field(() -> resource.list(null, "SHIPPED", null, null, null)));
        assertEquals("customer", field(() -> resource.list("x", null, null, null, null)));
        assertEquals("body", field(() -> resource.create(null, null)));
        assertEquals("body", field(() -> resource.update(1, null, "3")));
        assertEquals("version", field(() -> resource.confirm(1, null, null)));
        assertEquals("version", field(() -> resource.cancel(1, new OrderActionRequest(null, "x"), " ")));
    }

    @Test
    void theVersionComesFromTheBodyOrIfMatch() {
        assertEquals(3, SalesOrdersResource.version(new OrderActionRequest(3L, null), "\"9\""));
        assertEquals(4, SalesOrdersResource.version(null, "W/\"4\""));
        assertEquals(5, SalesOrdersResource.version(new OrderActionRequest(null, "передумали"), "5"));
    }

    @Test
    void theHistoryAnswersInTheListShape() {
        Page<OrderEventView> history = resource.history(7);

        assertEquals(1, history.total());
        assertEquals(OrderEventKind.CREATED, history.items().get(0).kind());
    }

    private static String field(Runnable call) {
        return assertThrows(InvalidRequestException.class, call::run).violations().get(0).field();
    }
}

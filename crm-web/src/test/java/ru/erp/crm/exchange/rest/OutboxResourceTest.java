package ru.erp.crm.exchange.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.Outbox;
import ru.erp.crm.exchange.boundary.OutboxEntryView;
import ru.erp.crm.exchange.entity.OutboxStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;

class OutboxResourceTest {

    private final List<String> asked = new ArrayList<>();
    private final OutboxResource resource = new OutboxResource();

    OutboxResourceTest() {
        resource.outbox = new Outbox() {
            @Override
            public Page<OutboxEntryView> list(OutboxStatus status, String destination, PageRequest page) {
                asked.add(status + " " + destination + " " + page);
                return Page.of(List.of(), 0, page);
            }
        };
    }

    @Test
    void filtersReachTheBoundaryAndAnUnknownStatusIsRefused() {
        resource.list("failed", "logistics-shipments", "1", "10");
        resource.list(null, null, null, null);

        assertEquals(List.of("FAILED logistics-shipments PageRequest[page=1, size=10]",
                "null null PageRequest[page=0, size=20]"), asked);
        assertEquals("status", assertThrows(InvalidRequestException.class, () -> resource.list("LOST", null, null, null))
                .violations().get(0).field());
    }
}

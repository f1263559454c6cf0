package ru.erp.crm.sales.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.sales.boundary.Opportunities;
import ru.erp.crm.sales.boundary.OpportunityQuery;
import ru.erp.crm.sales.boundary.OpportunityView;
import ru.erp.crm.sales.entity.OpportunityState;

class OpportunitiesResourceTest {

    private final OpportunitiesResource resource = new OpportunitiesResource();
    private OpportunityQuery asked;
    private PageRequest askedPage;

    @BeforeEach
    void opportunities() {
        resource.opportunities = new Opportunities() {
            @Override
            public Page<OpportunityView> list(OpportunityQuery query, PageRequest page) {
                asked = query;
                askedPage = page;
                return Page.of(List.of(), 0, page);
            }
        };
    }

    @Test
    void filtersAndPagingReachTheBoundary() {
        resource.list("7", " 8 ", "open", "9", "true", "1", "50");

        assertEquals(new OpportunityQuery(7L, 8L, OpportunityState.OPEN, 9L, true), asked);
        assertEquals(new PageRequest(1, 50), askedPage);
        resource.list(null, null, null, null, null, null, null);
        assertEquals(new OpportunityQuery(null, null, null, null, false), asked);
    }

    @Test
    void theBodysVersionWinsOverIfMatch() {
        assertEquals(3, OpportunitiesResource.version(new OpportunityActionRequest(null, 5L, null, null, null, null), "\"3\""));
        assertEquals(2, OpportunitiesResource.version(new OpportunityActionRequest(2L, 5L, null, null, null, null), "\"3\""));
    }

    @Test
    void unreadableInputIsRefusedNamingTheField() {
        assertEquals("state", field(() -> resource.list(null, null, "CLOSED", null, null, null, null)));
        assertEquals("curator", field(() -> resource.list("x", null, null, null, null, null, null)));
        assertEquals("body", field(() -> resource.open(null, null)));
        assertEquals("version", field(() -> resource.move(1, null, null)));
        assertEquals("stageId", field(() -> resource.move(1, new OpportunityActionRequest(1L, null, null, null, null, null), null)));
        assertEquals("reasonId", field(() -> resource.lose(1, new OpportunityActionRequest(1L, null, null, null, null, null), null)));
        assertEquals("curatorId", field(() -> resource.reassign(1, null, "1")));
    }

    private static String field(Executable call) {
        return assertThrows(InvalidRequestException.class, call).violations().get(0).field();
    }
}

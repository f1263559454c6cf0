package ru.erp.crm.sales.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.sales.boundary.LeadQuery;
import ru.erp.crm.sales.boundary.LeadSummary;
import ru.erp.crm.sales.boundary.Leads;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;

class LeadsResourceTest {

    private final LeadsResource resource = new LeadsResource();
    private LeadQuery asked;
    private PageRequest askedPage;

    @BeforeEach
    void leads() {
        resource.leads = new Leads() {
            @Override
            public Page<LeadSummary> list(LeadQuery query, PageRequest page) {
                asked = query;
                askedPage = page;
                return Page.of(List.of(), 0, page);
            }
        };
    }

    @Test
    void filtersAndPagingReachTheBoundary() {
        resource.list("qualified", "web", " 7 ", "true", "Ромашка", "1", "50");

        assertEquals(new LeadQuery(LeadStatus.QUALIFIED, LeadSource.WEB, 7L, true, "Ромашка"), asked);
        assertEquals(new PageRequest(1, 50), askedPage);
        resource.list(null, null, null, null, null, null, null);
        assertEquals(new LeadQuery(null, null, null, false, null), asked);
    }

    @Test
    void unreadableInputIsRefusedNamingTheField() {
        assertEquals("status", field(() -> resource.list("WON", null, null, null, null, null, null)));
        assertEquals("unassigned", field(() -> resource.list(null, null, null, "yes", null, null, null)));
        assertEquals("body", field(() -> resource.create(null, null)));
        assertEquals("version", field(() -> resource.convert(1, null, null)));
        assertEquals("version", field(() -> resource.unconvert(1, new LeadActionRequest(null, null, null, null, null, null,
                null, null), " ")));
        assertEquals("status", field(() -> resource.qualify(1, new LeadActionRequest(1L, "CONVERTED", null, null, null,
                null, null, null), null)));
    }

    @Test
    void anUploadIsReadWhole() {
        assertEquals(3, LeadImportsResource.read(new ByteArrayInputStream(new byte[] {1, 2, 3})).length);
        assertEquals("file", field(() -> LeadImportsResource.read(null)));
    }

    private static String field(Executable call) {
        return assertThrows(InvalidRequestException.class, call).violations().get(0).field();
    }
}

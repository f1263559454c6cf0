package ru.erp.crm.sales.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.sales.boundary.ProposalPdf;
import ru.erp.crm.sales.boundary.ProposalQuery;
import ru.erp.crm.sales.boundary.ProposalSummary;
import ru.erp.crm.sales.boundary.Proposals;
import ru.erp.crm.sales.entity.ProposalStatus;

class ProposalsResourceTest {

    private final ProposalsResource resource = new ProposalsResource();
    private ProposalQuery asked;
    private PageRequest askedPage;

    @BeforeEach
    void proposals() {
        resource.proposals = new Proposals() {
            @Override
            public Page<ProposalSummary> list(ProposalQuery query, PageRequest page) {
                asked = query;
                askedPage = page;
                return Page.of(List.of(), 0, page);
            }

        };
    }

    @Test
    void filtersAndPagingReachTheBoundary() {
        resource.list(" 42 ", "pending_approval", "7", "КП-0001", "2", "50");

        assertEquals(new ProposalQuery(42L, ProposalStatus.PENDING_APPROVAL, 7L, "КП-0001"), asked);
        assertEquals(new PageRequest(2, 50), askedPage);
        resource.list(null, null, null, null, null, null);
        assertEquals(new ProposalQuery(null, null, null, null), asked);
    }

    @Test
    void unreadableInputIsRefusedNamingTheField() {
        assertEquals("status", field(() -> resource.list(null, "WON", null, null, null, null)));
        assertEquals("opportunity", field(() -> resource.list(null, null, "x", null, null, null)));
        assertEquals("body", field(() -> resource.create(null, null)));
        assertEquals("body", field(() -> resource.update(1, null, "3")));
        assertEquals("version", field(() -> resource.send(1, null, null)));
        assertEquals("version", field(() -> resource.approve(1, new ProposalActionRequest(null, "ок"), " ")));
        assertEquals("v", field(() -> resource.pdf(1, "first")));
    }

    @Test
    void theVersionComesFromTheBodyOrIfMatch() {
        assertEquals(3, ProposalsResource.version(new ProposalActionRequest(3L, null), "\"9\""));
        assertEquals(4, ProposalsResource.version(null, "W/\"4\""));
    }

    @Test
    void thePdfIsServedInlineUnderItsFileName() {
        assertEquals("inline; filename=\"KP-000050.pdf\"",
                ProposalsResource.disposition(new ProposalPdf("KP-000050.pdf", new byte[0])));
    }

    private static String field(Runnable call) {
        return assertThrows(InvalidRequestException.class, call::run).violations().get(0).field();
    }
}

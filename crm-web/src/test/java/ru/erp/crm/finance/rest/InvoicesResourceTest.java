package ru.erp.crm.finance.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.finance.boundary.InvoiceQuery;
import ru.erp.crm.finance.boundary.InvoiceView;
import ru.erp.crm.finance.boundary.Invoices;
import ru.erp.crm.finance.boundary.Receivable;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;

class InvoicesResourceTest {

    private final InvoicesResource resource = new InvoicesResource();
    private final ReceivablesResource receivables = new ReceivablesResource();
    private InvoiceQuery asked;
    private PageRequest askedPage;

    @BeforeEach
    void invoices() {
        Invoices invoices = new Invoices() {
            @Override
            public Page<InvoiceView> list(InvoiceQuery query, PageRequest page) {
                asked = query;
                askedPage = page;
                return Page.of(List.of(), 0, page);
            }

            @Override
            public List<Receivable> receivables(long customerId) {
                return List.of(new Receivable(customerId, "1", LocalDate.EPOCH, null, "RUB", true));
            }
        };
        resource.invoices = invoices;
        receivables.invoices = invoices;
    }

    @Test
    void filtersAndPagingReachTheBoundary() {
        resource.list(" 42 ", "partly_paid", "TRUE", "2026-11-01", "2026-11-30", "1", "50");

        assertEquals(new InvoiceQuery(42L, InvoiceStatus.PARTLY_PAID, true, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)), asked);
        assertEquals(new PageRequest(1, 50), askedPage);
        resource.list(null, null, null, null, null, null, null);
        assertEquals(new InvoiceQuery(null, null, null, null, null), asked);
    }

    @Test
    void unreadableFiltersAreRefusedNamingTheField() {
        assertEquals("status", field(() -> resource.list(null, "OPEN", null, null, null, null, null)));
        assertEquals("overdue", field(() -> resource.list(null, null, "yes", null, null, null, null)));
        assertEquals("dueFrom", field(() -> resource.list(null, null, null, "01.11.2026", null, null, null)));
        assertEquals("customer", field(() -> resource.list("abc", null, null, null, null, null, null)));
        assertEquals("body", field(() -> resource.create(null, null)));
    }

    @Test
    void receivablesAnswerInTheListShape() {
        Page<Receivable> page = receivables.receivables(7);

        assertEquals(1, page.total());
        assertEquals(7L, page.items().get(0).invoiceId());
    }

    private static String field(Runnable call) {
        return assertThrows(InvalidRequestException.class, call::run).violations().get(0).field();
    }
}

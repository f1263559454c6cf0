package ru.erp.crm.sales.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.boundary.Activities;
import ru.erp.crm.activity.boundary.ActivityView;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.activity.boundary.SignificantDateView;
import ru.erp.crm.finance.boundary.InvoiceView;
import ru.erp.crm.finance.boundary.Invoices;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.sales.boundary.Opportunities;
import ru.erp.crm.sales.boundary.OpportunityView;

class StartPageTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void eachBlockIsOneBoundaryCallForItsFirstRowsReadOncePerRequest() {
        StartPage start = new StartPage();
        start.activities = new Activities() {
            @Override
            public Page<ActivityView> dueToday(PageRequest page) {
                return called("dueToday " + page);
            }

            @Override
            public Page<ActivityView> overdue(PageRequest page) {
                return called("overdue " + page);
            }
        };
        start.calendars = new Calendars() {
            @Override
            public Page<SignificantDateView> significantDates(LocalDate from, int days, PageRequest page) {
                return called("significantDates " + days + " " + page);
            }
        };
        start.opportunities = new Opportunities() {
            @Override
            public Page<OpportunityView> withoutNextStep(PageRequest page) {
                return called("withoutNextStep " + page);
            }
        };
        start.invoices = new Invoices() {
            @Override
            public Page<InvoiceView> expectedPayments(int days, PageRequest page) {
                return called("expectedPayments " + days + " " + page);
            }
        };

        for (int i = 0; i < 2; i++) {
            start.getToday();
            start.getOverdue();
            start.getDates();
            start.getWithoutNextStep();
            start.getPayments();
        }

        PageRequest first = new PageRequest(0, StartPage.ROWS);
        assertEquals(List.of("dueToday " + first, "overdue " + first, "significantDates 7 " + first,
                "withoutNextStep " + first, "expectedPayments 7 " + first), calls);
    }

    private <T> Page<T> called(String call) {
        calls.add(call);
        return Page.of(List.of(), 0, new PageRequest(0, StartPage.ROWS));
    }
}

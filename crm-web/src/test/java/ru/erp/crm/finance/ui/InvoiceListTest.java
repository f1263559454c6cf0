package ru.erp.crm.finance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.boundary.CustomerQuery;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerSummary;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.finance.boundary.InvoiceQuery;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;

class InvoiceListTest {

    @Test
    void anEmptyFormListsEverythingAndOverdueOnlyNarrowsIt() {
        InvoiceList list = new InvoiceList();
        assertEquals(new InvoiceQuery(null, null, null, null, null), list.query());

        list.setStatus(InvoiceStatus.PARTLY_PAID);
        list.setOverdueOnly(true);

        assertEquals(new InvoiceQuery(null, InvoiceStatus.PARTLY_PAID, true, null, null), list.query());
    }

    @Test
    void aPickedCustomerFiltersByItsIdAndClearingForgetsIt() {
        InvoiceList list = new InvoiceList();
        list.customers = new Customers() {
            @Override
            public Page<CustomerSummary> search(CustomerQuery query, PageRequest page) {
                return Page.of(List.of(new CustomerSummary(7L, "ORGANIZATION", "ООО «Ромашка»", "7707083893", null, "KEY",
                        null, Set.of("CLIENT"), null, 0)), 1, page);
            }
        };

        List<CustomerPick> offered = list.complete("Ром");
        list.setCustomer(list.getCustomerConverter().getAsObject(null, null, "7"));

        assertEquals(List.of(new CustomerPick(7L, "ООО «Ромашка» · 7707083893")), offered);
        assertEquals(7L, list.query().customerId());
        list.clear();
        assertNull(list.query().customerId());
        assertEquals("", list.getCustomerConverter().getAsString(null, null, null));
    }

    @Test
    void aLinkNamesTheCustomerById() {
        InvoiceList list = new InvoiceList();
        list.setCustomerId(9L);
        list.setOverdueOnly(true);

        assertEquals(new InvoiceQuery(9L, null, true, null, null), list.query());
    }
}

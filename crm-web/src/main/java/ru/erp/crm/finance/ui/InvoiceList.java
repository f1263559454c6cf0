package ru.erp.crm.finance.ui;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import ru.erp.crm.customer.boundary.CustomerQuery;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerView;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.finance.boundary.InvoiceQuery;
import ru.erp.crm.finance.boundary.InvoiceView;
import ru.erp.crm.finance.boundary.Invoices;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.platform.ui.PagedTable;

/**
 * Invoices of the customers the user may see, earliest due first, one boundary page at a time:
 * by status, overdue only, and one customer picked by name or INN. The overdue page links here
 * with {@code customer} and {@code overdue=true}.
 */
@Named
@ViewScoped
public class InvoiceList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":invoices:invoiceTable";
    private static final int SUGGESTIONS = 10;

    @EJB
    transient Invoices invoices;

    @EJB
    transient Customers customers;

    private InvoiceStatus status;
    private boolean overdueOnly;
    private Long customerId;
    private CustomerPick customer;
    private List<CustomerPick> suggestions = new ArrayList<>();
    private final PagedTable<InvoiceView> model = new PagedTable<>(page -> invoices.list(query(), page), InvoiceView::id);

    /** Shows the customer a link named by its id; one the user may not see leaves the filter empty. */
    public void load() {
        if (customerId == null || customer != null) {
            return;
        }
        try {
            CustomerView found = customers.find(customerId);
            customer = new CustomerPick(found.id(), CustomerPick.label(found.name(), found.inn()));
            suggestions = new ArrayList<>(List.of(customer));
        } catch (RuntimeException e) {
            customerId = null;
            Notices.problem(e);
        }
    }

    public List<CustomerPick> complete(String text) {
        suggestions = new ArrayList<>(customers.search(new CustomerQuery(text, null, null, null, null, null, null, null),
                new PageRequest(0, SUGGESTIONS)).items().stream().map(CustomerPick::of).toList());
        return suggestions;
    }

    public Converter<CustomerPick> getCustomerConverter() {
        return CustomerPick.converter(() -> suggestions);
    }

    /** Shows the first page of the new search. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

    public void clear() {
        status = null;
        overdueOnly = false;
        customer = null;
        customerId = null;
    }

    /** The boundary's query for the form: "overdue only" unticked means overdue or not. */
    InvoiceQuery query() {
        return new InvoiceQuery(customerId, status, overdueOnly ? Boolean.TRUE : null, null, null);
    }

    public InvoiceStatus[] getStatuses() { return InvoiceStatus.values(); }
    public LazyDataModel<InvoiceView> getModel() { return model; }

    public InvoiceStatus getStatus() { return status; }
    public void setStatus(InvoiceStatus status) { this.status = status; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public CustomerPick getCustomer() { return customer; }
    public void setCustomer(CustomerPick customer) {
        this.customer = customer;
        this.customerId = customer == null ? null : customer.id();
    }
}

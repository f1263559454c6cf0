package ru.erp.crm.customer.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.LazyDataModel;
import ru.erp.crm.customer.boundary.Categories;
import ru.erp.crm.customer.boundary.Categories.CategoryView;
import ru.erp.crm.customer.boundary.CustomerQuery;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerSummary;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.customer.entity.CustomerRole;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.platform.ui.PagedTable;

/**
 * The customer list: filters above a table that asks the boundary for one page at a time, so the
 * page stays as fast at a million customers as at a hundred.
 */
@Named
@ViewScoped
public class CustomerList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":customers:customerTable";

    @EJB
    transient Customers customers;

    @EJB
    transient Categories categories;

    private String q;
    private String inn;
    private String phone;
    private String email;
    private String category;
    private String curator;
    private String role;
    private List<CategoryView> visibleCategories;
    /**
     * A new search resets the table to its first page, where a stale count does no harm. A
     * refused filter (a phone that is no phone) shows its message in the table's header, which
     * is rendered after the load.
     */
    private final PagedTable<CustomerSummary> model = new PagedTable<>(page -> customers.search(query(), page),
            CustomerSummary::id);

    @PostConstruct
    void init() {
        visibleCategories = categories.visible(Notices.locale());
    }

    public List<CategoryView> getCategories() {
        return visibleCategories;
    }

    public List<String> getRoles() {
        return Stream.of(CustomerRole.values()).map(Enum::name).toList();
    }

    public LazyDataModel<CustomerSummary> getModel() {
        return model;
    }

    /** Shows the first page of the new search. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

    public void open(SelectEvent<CustomerSummary> event) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/customer.xhtml?id=" + event.getObject().id());
    }

    public void clear() {
        q = inn = phone = email = category = curator = role = null;
    }

    private CustomerQuery query() {
        return new CustomerQuery(blankToNull(q), blankToNull(inn), blankToNull(phone), blankToNull(email),
                blankToNull(category), blankToNull(curator), blankToNull(role), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getInn() { return inn; }
    public void setInn(String inn) { this.inn = inn; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getCurator() { return curator; }
    public void setCurator(String curator) { this.curator = curator; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
}

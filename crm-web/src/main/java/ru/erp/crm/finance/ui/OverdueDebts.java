package ru.erp.crm.finance.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import ru.erp.crm.finance.boundary.Invoices;
import ru.erp.crm.finance.boundary.OverdueDebt;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.platform.ui.PagedTable;

/**
 * Overdue debt of the customers the user may see: per curator (a short list, summed by the
 * boundary), and per customer page by page, all customers or one curator's, largest debt first.
 */
@Named
@ViewScoped
public class OverdueDebts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":overdue:customerTable";

    @EJB
    transient Invoices invoices;

    private String curator;
    private List<OverdueDebt> byCurator = List.of();
    private final PagedTable<OverdueDebt> byCustomer = new PagedTable<>(page -> invoices.overdueByCustomer(curatorFilter(), page));

    @PostConstruct
    void init() {
        try {
            byCurator = invoices.overdueByCurator();
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    /** Shows the first page of the per-customer table for the curator typed or picked. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

    /** Narrows the per-customer table to one curator's customers, from a row of the per-curator list. */
    public void showCurator(String login) {
        curator = login;
        search();
    }

    public void clear() {
        curator = null;
        search();
    }

    /** The boundary's curator filter: a login, or null for every customer. */
    String curatorFilter() {
        return curator == null || curator.isBlank() ? null : curator.strip();
    }

    public List<OverdueDebt> getByCurator() { return byCurator; }
    public LazyDataModel<OverdueDebt> getByCustomer() { return byCustomer; }
    public String getCurator() { return curator; }
    public void setCurator(String curator) { this.curator = curator; }
}

package ru.erp.crm.sales.ui;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.LazyDataModel;
import ru.erp.crm.platform.ui.PagedTable;
import ru.erp.crm.sales.boundary.LeadQuery;
import ru.erp.crm.sales.boundary.LeadSummary;
import ru.erp.crm.sales.boundary.Leads;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;

/** The lead list: filters above a table that asks the boundary for one page at a time. */
@Named
@ViewScoped
public class LeadList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":leads:leadTable";

    @EJB
    transient Leads leads;

    private LeadStatus status;
    private LeadSource source;
    private boolean unassigned;
    private String q;
    private final PagedTable<LeadSummary> model = new PagedTable<>(page -> leads.list(query(), page), LeadSummary::id);

    public LazyDataModel<LeadSummary> getModel() {
        return model;
    }

    public LeadStatus[] getStatuses() {
        return LeadStatus.values();
    }

    public LeadSource[] getSources() {
        return LeadSource.values();
    }

    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

    public void clear() {
        status = null;
        source = null;
        unassigned = false;
        q = null;
    }

    public void open(SelectEvent<LeadSummary> event) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/lead.xhtml?id=" + event.getObject().id());
    }

    LeadQuery query() {
        return new LeadQuery(status, source, null, unassigned, q == null || q.isBlank() ? null : q.strip());
    }

    public LeadStatus getStatus() { return status; }
    public void setStatus(LeadStatus status) { this.status = status; }
    public LeadSource getSource() { return source; }
    public void setSource(LeadSource source) { this.source = source; }
    public boolean isUnassigned() { return unassigned; }
    public void setUnassigned(boolean unassigned) { this.unassigned = unassigned; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}

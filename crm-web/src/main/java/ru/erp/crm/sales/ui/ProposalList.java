package ru.erp.crm.sales.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.erp.crm.platform.ui.PagedTable;
import ru.erp.crm.sales.boundary.ProposalQuery;
import ru.erp.crm.sales.boundary.ProposalSummary;
import ru.erp.crm.sales.boundary.Proposals;
import ru.erp.crm.sales.entity.ProposalStatus;

/**
 * The proposal list with a status filter and, for heads and admins, their approval queue: the
 * team's proposals over the discount limit, waiting for a decision.
 */
@Named
@ViewScoped
public class ProposalList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Proposals proposals;

    private ProposalStatus status;
    private String q;
    private final PagedTable<ProposalSummary> model = new PagedTable<>(
            page -> proposals.list(new ProposalQuery(null, status, null, q), page), ProposalSummary::id);
    private final PagedTable<ProposalSummary> queue = new PagedTable<>(page -> proposals.approvalQueue(page),
            ProposalSummary::id);

    public ProposalStatus[] getStatuses() {
        return ProposalStatus.values();
    }

    public PagedTable<ProposalSummary> getModel() { return model; }
    public PagedTable<ProposalSummary> getQueue() { return queue; }
    public ProposalStatus getStatus() { return status; }
    public void setStatus(ProposalStatus status) { this.status = status; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}

package ru.erp.crm.sales.ui;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.LazyDataModel;
import ru.erp.crm.activity.boundary.CalendarOwner;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.customer.boundary.CustomerQuery;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.finance.ui.CustomerPick;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.platform.ui.PagedTable;
import ru.erp.crm.sales.boundary.Opportunities;
import ru.erp.crm.sales.boundary.OpportunityDraft;
import ru.erp.crm.sales.boundary.OpportunityQuery;
import ru.erp.crm.sales.boundary.OpportunityView;
import ru.erp.crm.sales.boundary.SalesModelView;
import ru.erp.crm.sales.boundary.SalesModels;
import ru.erp.crm.sales.entity.OpportunityState;

/**
 * The pipeline: open opportunities by default, filtered by curator (the caller's team for heads,
 * anyone for admins), stage, state, customer and "without a next step", one boundary page at a
 * time; and the dialog that opens a new opportunity. The start page links here with
 * {@code withoutNextStep=true}.
 */
@Named
@ViewScoped
public class PipelineList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":pipeline:opportunityTable";
    private static final int SUGGESTIONS = 10;

    @EJB
    transient Opportunities opportunities;

    @EJB
    transient SalesModels salesModels;

    @EJB
    transient Calendars calendars;

    @EJB
    transient Customers customers;

    private Long curatorId;
    private Long stageId;
    private OpportunityState state = OpportunityState.OPEN;
    private CustomerPick customer;
    private boolean withoutNextStep;
    private List<CustomerPick> suggestions = new ArrayList<>();
    private List<StageChoice> stages;
    private List<CalendarOwner> curators;
    private final NewOpportunity draft = new NewOpportunity();
    private final PagedTable<OpportunityView> model =
            new PagedTable<>(page -> opportunities.list(query(), page), OpportunityView::id);

    /** A stage to filter by, named with its model when there are several. */
    public record StageChoice(Long id, String label) implements Serializable {
    }

    /** The opportunity the dialog opens. */
    public static class NewOpportunity implements Serializable {

        private static final long serialVersionUID = 1L;

        private CustomerPick customer;
        private String title;
        private BigDecimal amount;
        private LocalDate expectedClose;

        OpportunityDraft draft() {
            return new OpportunityDraft(title == null ? null : title.strip(), customer == null ? null : customer.id(),
                    null, null, null, amount, null, expectedClose, null);
        }

        public CustomerPick getCustomer() { return customer; }
        public void setCustomer(CustomerPick customer) { this.customer = customer; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public LocalDate getExpectedClose() { return expectedClose; }
        public void setExpectedClose(LocalDate expectedClose) { this.expectedClose = expectedClose; }
    }

    public LazyDataModel<OpportunityView> getModel() {
        return model;
    }

    public List<StageChoice> getStages() {
        if (stages == null) {
            stages = stageChoices(salesModels.list());
        }
        return stages;
    }

    /** Whom the caller may filter by: themselves, their team for heads, everyone for admins. */
    public List<CalendarOwner> getCurators() {
        if (curators == null) {
            curators = calendars.owners();
        }
        return curators;
    }

    public OpportunityState[] getStates() {
        return OpportunityState.values();
    }

    public List<CustomerPick> complete(String text) {
        suggestions = new ArrayList<>(customers.search(new CustomerQuery(text, null, null, null, null, null, null, null),
                new PageRequest(0, SUGGESTIONS)).items().stream().map(CustomerPick::of).toList());
        return suggestions;
    }

    public Converter<CustomerPick> getCustomerConverter() {
        return CustomerPick.converter(() -> suggestions);
    }

    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

    public void clear() {
        curatorId = null;
        stageId = null;
        state = OpportunityState.OPEN;
        customer = null;
        withoutNextStep = false;
    }

    /** Opens the opportunity and shows its card; a refusal stays in the dialog. */
    public String open() {
        try {
            OpportunityView opened = opportunities.open(draft.draft());
            return "opportunity?faces-redirect=true&id=" + opened.id();
        } catch (RuntimeException refused) {
            Notices.problem(refused, "newForm:");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public void show(SelectEvent<OpportunityView> event) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/opportunity.xhtml?id=" + event.getObject().id());
    }

    /** "Without a next step" only makes sense for open opportunities: it asks for them. */
    OpportunityQuery query() {
        OpportunityState asked = withoutNextStep ? OpportunityState.OPEN : state;
        return new OpportunityQuery(curatorId, stageId, asked, customer == null ? null : customer.id(), withoutNextStep);
    }

    static List<StageChoice> stageChoices(List<SalesModelView> models) {
        List<SalesModelView> active = models.stream().filter(SalesModelView::active).toList();
        boolean several = active.size() > 1;
        return active.stream().flatMap(m -> m.stages().stream()
                .map(s -> new StageChoice(s.id(), several ? m.name() + ": " + s.name() : s.name()))).toList();
    }

    public NewOpportunity getDraft() { return draft; }
    public Long getCuratorId() { return curatorId; }
    public void setCuratorId(Long curatorId) { this.curatorId = curatorId; }
    public Long getStageId() { return stageId; }
    public void setStageId(Long stageId) { this.stageId = stageId; }
    public OpportunityState getState() { return state; }
    public void setState(OpportunityState state) { this.state = state; }
    public CustomerPick getCustomer() { return customer; }
    public void setCustomer(CustomerPick customer) { this.customer = customer; }
    public boolean isWithoutNextStep() { return withoutNextStep; }
    public void setWithoutNextStep(boolean withoutNextStep) { this.withoutNextStep = withoutNextStep; }
}

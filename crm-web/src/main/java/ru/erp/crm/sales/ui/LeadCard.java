package ru.erp.crm.sales.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import ru.erp.crm.customer.boundary.Categories;
import ru.erp.crm.customer.boundary.Categories.CategoryView;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.sales.boundary.LeadConversion;
import ru.erp.crm.sales.boundary.LeadDraft;
import ru.erp.crm.sales.boundary.LeadDuplicate;
import ru.erp.crm.sales.boundary.LeadView;
import ru.erp.crm.sales.boundary.Leads;
import ru.erp.crm.sales.entity.LeadStatus;

/**
 * The lead card, and the form for a new lead when no id is given: the lead's details (editable
 * until converted), its duplicates, status actions, curator and the conversion dialog. Every
 * action sends the version the page shows; a refusal is shown and the card reloaded as it is now.
 */
@Named
@ViewScoped
public class LeadCard implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Leads leads;

    @EJB
    transient Categories categories;

    private Long id;
    private LeadView lead;
    private final LeadForm form = new LeadForm();
    private List<CategoryView> visibleCategories;
    private String reason;
    private Long convertInto;
    private String category;
    private String title;
    private BigDecimal amount;

    public void load() {
        visibleCategories = categories.visible(Notices.locale());
        if (id != null) {
            try {
                show(leads.find(id));
            } catch (RecordNotFoundException notFound) {
                Notices.problem(notFound);
            }
        }
    }

    /** Creates the lead or saves the changes; a new lead's card opens with its duplicates. */
    public String save() {
        LeadDraft draft = form.draft();
        if (lead == null) {
            LeadView created = act(() -> leads.create(draft));
            return created == null ? null : "lead?faces-redirect=true&id=" + created.id();
        }
        if (act(() -> leads.update(lead.id(), lead.version(), draft)) != null) {
            Notices.info("lead.saved");
        }
        return null;
    }

    public void takeIntoWork() {
        act(() -> leads.changeStatus(lead.id(), lead.version(), LeadStatus.IN_PROGRESS, null));
    }

    public void qualify() {
        act(() -> leads.changeStatus(lead.id(), lead.version(), LeadStatus.QUALIFIED, null));
    }

    public void disqualify() {
        if (act(() -> leads.changeStatus(lead.id(), lead.version(), LeadStatus.DISQUALIFIED, reason)) != null) {
            reason = null;
        }
    }

    public void takeOver() {
        act(() -> leads.takeOver(lead.id(), lead.version()));
    }

    public void convert() {
        act(() -> leads.convert(lead.id(), lead.version(), new LeadConversion(convertInto, category, title, amount)));
    }

    public void unconvert() {
        act(() -> leads.unconvert(lead.id(), lead.version()));
    }

    /** "ООО «Ромашка» (customer, INN 7707083893)" for the duplicate list. */
    public String duplicateText(LeadDuplicate duplicate) {
        return duplicate.name() + " (" + Notices.text("lead.duplicate." + duplicate.kind()) + ", "
                + Notices.text("lead.match." + duplicate.matchedBy()) + " " + duplicate.value() + ")";
    }

    public List<LeadDuplicate> getCustomerDuplicates() {
        return lead == null ? List.of() : lead.duplicates().stream().filter(d -> "CUSTOMER".equals(d.kind())).toList();
    }

    public boolean isConverted() {
        return lead != null && lead.status() == LeadStatus.CONVERTED;
    }

    private LeadView act(Supplier<LeadView> action) {
        try {
            LeadView done = action.get();
            show(done);
            return done;
        } catch (InvalidRequestException | RuleViolationException | ConflictException | ForbiddenOperationException
                 | RecordNotFoundException refused) {
            Notices.problem(refused);
            if (lead != null && !(refused instanceof InvalidRequestException)) {
                show(leads.find(lead.id()));
            }
            return null;
        }
    }

    private void show(LeadView shown) {
        lead = shown;
        id = shown.id();
        form.fill(shown);
        if (title == null) {
            title = shown.companyName() != null ? shown.companyName() : shown.personName();
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LeadView getLead() { return lead; }
    public LeadForm getForm() { return form; }
    public List<CategoryView> getCategories() { return visibleCategories; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getConvertInto() { return convertInto; }
    public void setConvertInto(Long convertInto) { this.convertInto = convertInto; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
}

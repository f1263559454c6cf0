package ru.erp.crm.customer.ui;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import ru.erp.crm.activity.boundary.Activities;
import ru.erp.crm.activity.boundary.ActivityQuery;
import ru.erp.crm.activity.boundary.ActivityView;
import ru.erp.crm.customer.boundary.ContactPersons;
import ru.erp.crm.customer.boundary.CustomerQuery;
import ru.erp.crm.customer.boundary.CustomerViews.ContactPersonView;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerSummary;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerView;
import ru.erp.crm.customer.boundary.CustomerViews.DuplicateCandidate;
import ru.erp.crm.customer.boundary.CustomerViews.TimelineEvent;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.rest.Messages;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.platform.ui.PagedTable;

/** The customer card: requisites, contacts, activities, links, history, and merging with another record. */
@Named
@ViewScoped
public class CustomerCard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_SIZE = 50;
    private static final int SUGGESTIONS = 10;

    /** The flash entry the editor leaves the duplicate warnings of a save in. */
    static final String DUPLICATES = "duplicates";

    @EJB
    transient Customers customers;

    @EJB
    transient ContactPersons contactPersons;

    @EJB
    transient Activities activities;

    private Long id;
    private CustomerView customer;
    private List<ContactPersonView> persons;
    private List<TimelineEvent> history;
    private List<DuplicateCandidate> duplicates = List.of();
    private List<CustomerSummary> suggestions = List.of();
    private CustomerSummary mergeOther;
    private boolean keepThis = true;
    /** Read on every render, so that the activity dialog's changes show at once. */
    private final PagedTable<ActivityView> activityTable = new PagedTable<>(
            page -> activities.list(new ActivityQuery(id, null, null), page));

    /** Loads the card named by the id parameter; an unknown or hidden record is a 404. */
    @SuppressWarnings("unchecked")
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (id == null) {
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            read(id);
        } catch (RecordNotFoundException e) {
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        Object saved = external.getFlash().get(DUPLICATES);
        if (saved instanceof List<?> candidates) {
            duplicates = (List<DuplicateCandidate>) candidates;
        }
    }

    private void read(long customerId) {
        customer = customers.find(customerId);
        persons = contactPersons.of(customerId);
        history = customers.timeline(customerId, new PageRequest(0, HISTORY_SIZE)).items();
    }

    /** The localised warning of one duplicate candidate. */
    public String duplicateText(DuplicateCandidate candidate) {
        return Messages.text("crm.warning.duplicateContact", Notices.locale(), candidate.name(), candidate.value());
    }

    /** Other records for the merge dialog, by the start of the name (or INN, phone digits). */
    public List<CustomerSummary> complete(String text) {
        CustomerQuery query = new CustomerQuery(text, null, null, null, null, null, null, null);
        suggestions = customers.search(query, new PageRequest(0, SUGGESTIONS)).items().stream()
                .filter(c -> !c.id().equals(id)).toList();
        return suggestions;
    }

    /** Turns a picked suggestion back into the record it stands for. */
    public Converter<CustomerSummary> getSuggestionConverter() {
        return new Converter<>() {
            @Override
            public CustomerSummary getAsObject(FacesContext context, UIComponent component, String value) {
                return suggestions.stream().filter(c -> String.valueOf(c.id()).equals(value)).findFirst().orElse(null);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, CustomerSummary value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    /** Merges the chosen record with this one; the kept one's card is shown afterwards. */
    public String merge() {
        if (mergeOther == null) {
            Notices.error("merge.pickOther");
            return null;
        }
        long survivor = keepThis ? id : mergeOther.id();
        long merged = keepThis ? mergeOther.id() : id;
        try {
            CustomerView kept = customers.merge(survivor, merged);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Notices.info("merge.done");
            return "customer?faces-redirect=true&id=" + kept.id();
        } catch (RuntimeException e) {
            Notices.problem(e);
            return null;
        }
    }

    /** The field-level changes of a history entry, as the audit trail stored them. */
    public List<FieldChange> changes(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject)
                    .map(change -> new FieldChange(change.getString("field"), value(change, "before"), value(change, "after")))
                    .toList();
        }
    }

    private static String value(JsonObject change, String name) {
        return change.isNull(name) ? null : change.getString(name);
    }

    public record FieldChange(String field, String before, String after) {
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CustomerView getCustomer() { return customer; }
    public List<ContactPersonView> getPersons() { return persons; }
    public List<TimelineEvent> getHistory() { return history; }
    public LazyDataModel<ActivityView> getActivityTable() { return activityTable; }
    public List<DuplicateCandidate> getDuplicates() { return duplicates; }
    public CustomerSummary getMergeOther() { return mergeOther; }
    public void setMergeOther(CustomerSummary mergeOther) { this.mergeOther = mergeOther; }
    public boolean isKeepThis() { return keepThis; }
    public void setKeepThis(boolean keepThis) { this.keepThis = keepThis; }
}

package ru.erp.crm.activity.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import ru.erp.crm.activity.boundary.Activities;
import ru.erp.crm.activity.boundary.ActivityDraft;
import ru.erp.crm.activity.boundary.ActivityView;
import ru.erp.crm.activity.boundary.CalendarOwner;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.customer.boundary.ContactPersons;
import ru.erp.crm.customer.boundary.CustomerQuery;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.customer.boundary.CustomerViews.ContactPersonView;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.ui.Notices;

/**
 * The activity dialog of the calendar and the customer card: plans a new activity (at the time
 * clicked in the calendar, or for the card's customer) or changes, completes or cancels one. The
 * times are the users' local ones (the server's zone, as all the CRM's times on the pages). The
 * boundary validates; its violations are shown next to the inputs they name, and a refused save
 * keeps the dialog open.
 */
@Named
@ViewScoped
public class ActivityEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;
    /** The dialog's form keeps its id in its inputs' ids: the card has fields of the same names. */
    static final String FORM = "activityForm:";
    /** A new call or meeting lasts this long unless changed. */
    static final long DEFAULT_MINUTES = 30;

    @EJB
    transient Activities activities;

    @EJB
    transient Calendars calendars;

    @EJB
    transient Customers customers;

    @EJB
    transient ContactPersons contactPersons;

    @Inject
    Event<ActivityChanged> changed;

    ZoneId zone = ZoneId.systemDefault();

    private Long id;
    private long version;
    private ActivityStatus status;
    private ActivityKind kind = ActivityKind.CALL;
    private String subject;
    private String description;
    private Long ownerId;
    private CustomerChoice customer;
    private boolean customerFixed;
    private Long contactPersonId;
    private Long opportunityId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime dueAt;
    private boolean remind = true;
    private LocalDateTime remindAt;
    private LocalDateTime loadedRemindAt;
    private String outcome;
    private List<CustomerChoice> suggestions = List.of();
    private List<CalendarOwner> owners;

    /** A new activity at {@code at} (the next full hour when null), for {@code customer} when given. */
    public void startNew(LocalDateTime at, CustomerChoice forCustomer) {
        id = null;
        version = 0;
        status = null;
        kind = ActivityKind.CALL;
        subject = null;
        description = null;
        ownerId = null;
        customer = forCustomer;
        customerFixed = forCustomer != null;
        contactPersonId = null;
        opportunityId = null;
        LocalDateTime start = at != null ? at : LocalDateTime.now(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        startsAt = start;
        endsAt = start.plusMinutes(DEFAULT_MINUTES);
        dueAt = start;
        remind = true;
        remindAt = null;
        loadedRemindAt = null;
        outcome = null;
    }

    /** A new activity for the customer of the card it is opened from. */
    public void startFor(long customerId, String customerName) {
        startNew(null, new CustomerChoice(customerId, customerName));
    }

    /** Fills the dialog from a stored activity. */
    public void edit(long activityId) {
        fill(activities.find(activityId), false);
    }

    void fill(ActivityView a, boolean fixedCustomer) {
        id = a.id();
        version = a.version();
        status = a.status();
        kind = a.kind();
        subject = a.subject();
        description = a.description();
        ownerId = a.ownerId();
        customer = a.customerId() == null ? null : new CustomerChoice(a.customerId(), a.customerName());
        customerFixed = fixedCustomer;
        contactPersonId = a.contactPersonId();
        opportunityId = a.opportunityId();
        startsAt = local(a.startsAt());
        endsAt = local(a.endsAt());
        dueAt = local(a.dueAt());
        remind = a.remindAt() != null;
        remindAt = local(a.remindAt());
        loadedRemindAt = remindAt;
        outcome = a.outcome();
    }

    /** Plans or changes the activity. */
    public void save() {
        perform(() -> id == null ? activities.create(draft()) : activities.update(id, version, draft()), "activity.saved");
    }

    public void complete() {
        perform(() -> activities.complete(id, outcome), "activity.completed");
    }

    public void cancelActivity() {
        perform(() -> activities.cancel(id), "activity.cancelled");
    }

    private void perform(Supplier<ActivityView> action, String doneKey) {
        try {
            fill(action.get(), customerFixed);
            Notices.info(doneKey);
            changed.fire(new ActivityChanged(id));
        } catch (RuntimeException e) {
            Notices.problem(e, FORM);
            // keeps the dialog open: its oncomplete closes it only when nothing failed
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * The draft the dialog describes: a call or meeting sends its start and end, a task or e-mail
     * its due time, so switching the kind leaves no stale time behind. A reminder time is sent only
     * when the user set one: one left as it was loaded is the default of the old schedule, and the
     * boundary works the default out again for the new one.
     */
    ActivityDraft draft() {
        boolean timed = kind != null && kind.timed();
        boolean chosenReminder = remind && remindAt != null && !remindAt.equals(loadedRemindAt);
        return new ActivityDraft(kind == null ? null : kind.name(), subject, description, ownerId,
                customer == null ? null : customer.id(), contactPersonId, opportunityId,
                timed ? instant(startsAt) : null, timed ? instant(endsAt) : null, timed ? null : instant(dueAt),
                chosenReminder ? instant(remindAt) : null, remind);
    }

    /** Customers for the dialog's customer field, by the start of the name (or INN, phone digits). */
    public List<CustomerChoice> completeCustomer(String text) {
        suggestions = customers.search(new CustomerQuery(text, null, null, null, null, null, null, null),
                new PageRequest(0, SUGGESTIONS)).items().stream().map(c -> new CustomerChoice(c.id(), c.name())).toList();
        return suggestions;
    }

    /** Turns a picked suggestion (or the customer already chosen) back into the choice it stands for. */
    public Converter<CustomerChoice> getCustomerConverter() {
        return new Converter<>() {
            @Override
            public CustomerChoice getAsObject(FacesContext context, UIComponent component, String value) {
                if (customer != null && String.valueOf(customer.id()).equals(value)) {
                    return customer;
                }
                return suggestions.stream().filter(c -> String.valueOf(c.id()).equals(value)).findFirst().orElse(null);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, CustomerChoice value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    /** The chosen customer's contact persons. */
    public List<ContactPersonView> getPersons() {
        return customer == null ? List.of() : contactPersons.of(customer.id());
    }

    /** Whose activity it can be: the caller first (a new activity's owner), their team for heads, everyone for admins. */
    public List<CalendarOwner> getOwners() {
        if (owners == null) {
            owners = List.copyOf(calendars.owners());
        }
        return owners;
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public boolean isTimed() {
        return kind != null && kind.timed();
    }

    public boolean isNew() {
        return id == null;
    }

    /** New and planned activities change; done and cancelled ones are only shown. */
    public boolean isPlanned() {
        return id == null || status == ActivityStatus.PLANNED;
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** A customer as the dialog's autocomplete offers and shows it. */
    public record CustomerChoice(Long id, String name) implements Serializable {
    }

    public Long getId() { return id; }
    public ActivityStatus getStatus() { return status; }
    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public CustomerChoice getCustomer() { return customer; }
    public void setCustomer(CustomerChoice customer) { this.customer = customer; }
    public boolean isCustomerFixed() { return customerFixed; }
    public Long getContactPersonId() { return contactPersonId; }
    public void setContactPersonId(Long contactPersonId) { this.contactPersonId = contactPersonId; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public LocalDateTime getDueAt() { return dueAt; }
    public void setDueAt(LocalDateTime dueAt) { this.dueAt = dueAt; }
    public boolean isRemind() { return remind; }
    public void setRemind(boolean remind) { this.remind = remind; }
    public LocalDateTime getRemindAt() { return remindAt; }
    public void setRemindAt(LocalDateTime remindAt) { this.remindAt = remindAt; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}

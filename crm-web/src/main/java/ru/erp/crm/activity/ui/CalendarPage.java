package ru.erp.crm.activity.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import ru.erp.crm.activity.boundary.Activities;
import ru.erp.crm.activity.boundary.ActivityView;
import ru.erp.crm.activity.boundary.CalendarEntry;
import ru.erp.crm.activity.boundary.CalendarOwner;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.activity.boundary.SignificantDateView;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.ui.Notices;

/**
 * The calendar page: the week or day of the caller, of a member of their team, or of the whole
 * team, served by the boundary for the range the schedule shows; beside it the caller's due
 * reminders (acknowledged here), overdue tasks and the next week's birthdays and significant
 * dates. A click on a free slot plans an activity there, a click on an entry opens it.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIDE_LIST = 10;
    private static final int DATES_DAYS = 7;
    /** How long an entry without an end is drawn. */
    static final long DEFAULT_MINUTES = 30;

    @EJB
    transient Calendars calendars;

    @EJB
    transient Activities activities;

    @Inject
    ActivityEditor editor;

    ZoneId zone = ZoneId.systemDefault();

    private Long userId;
    private boolean team;
    private List<CalendarOwner> owners = List.of();
    private List<ActivityView> reminders = List.of();
    private List<ActivityView> overdue = List.of();
    private List<SignificantDateView> dates = List.of();

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            try {
                entries(start.toLocalDate(), end.toLocalDate()).forEach(entry ->
                        addEvent(event(entry, team, zone, kind -> Notices.text("activity.kind." + kind.name()))));
            } catch (RuntimeException e) {
                Notices.problem(e);
            }
        }
    };

    @PostConstruct
    void init() {
        owners = calendars.owners();
        userId = owners.get(0).id();
        refresh();
    }

    /** Reloads the lists beside the calendar, after anything that may have changed them. */
    public void refresh() {
        reminders = activities.dueReminders(Instant.now());
        overdue = activities.overdue(new PageRequest(0, SIDE_LIST)).items();
        dates = calendars.significantDates(LocalDate.now(zone), DATES_DAYS, new PageRequest(0, SIDE_LIST)).items();
    }

    /** The dialog changed an activity: the reminders and overdue tasks may have changed with it. */
    void onActivityChanged(@Observes(notifyObserver = Reception.IF_EXISTS) ActivityChanged change) {
        refresh();
    }

    /** The entries of the days [from, until): the team's, or one user's day or week. */
    List<CalendarEntry> entries(LocalDate from, LocalDate until) {
        if (team) {
            return calendars.team(null, from, until.minusDays(1));
        }
        return ChronoUnit.DAYS.between(from, until) <= 1 ? calendars.day(userId, from) : calendars.week(userId, from);
    }

    /** The schedule's event for an entry; its data is the activity's id. */
    static ScheduleEvent<Long> event(CalendarEntry entry, boolean withOwner, ZoneId zone,
                                     Function<ActivityKind, String> kindName) {
        LocalDateTime start = LocalDateTime.ofInstant(entry.at(), zone);
        LocalDateTime end = entry.endsAt() != null ? LocalDateTime.ofInstant(entry.endsAt(), zone)
                : start.plusMinutes(DEFAULT_MINUTES);
        String customer = entry.customerName() == null ? "" : " — " + entry.customerName();
        String title = (withOwner ? entry.owner() + " · " : "") + kindName.apply(entry.kind()) + ": " + entry.subject() + customer;
        String style = "crm-activity crm-activity-" + entry.kind().name().toLowerCase(Locale.ROOT)
                + (entry.overdue() ? " crm-activity-overdue" : "")
                + (entry.status() == ActivityStatus.DONE ? " crm-activity-done" : "");
        return DefaultScheduleEvent.<Long>builder().title(title).description(entry.subject() + customer)
                .startDate(start).endDate(end).styleClass(style).data(entry.activityId()).editable(false).build();
    }

    /** A click on a free slot: a new activity starting there. */
    public void onDateSelect(SelectEvent<LocalDateTime> selected) {
        editor.startNew(selected.getObject(), null);
    }

    /** A click on an entry: the activity in the dialog. */
    public void onEventSelect(SelectEvent<ScheduleEvent<?>> selected) {
        editor.edit((Long) selected.getObject().getData());
    }

    public void acknowledge(long activityId) {
        try {
            activities.acknowledge(activityId);
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
        refresh();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<CalendarOwner> getOwners() {
        return owners;
    }

    public List<ActivityView> getReminders() {
        return reminders;
    }

    public List<ActivityView> getOverdue() {
        return overdue;
    }

    public List<SignificantDateView> getDates() {
        return dates;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public boolean isTeam() {
        return team;
    }

    public void setTeam(boolean team) {
        this.team = team;
    }
}

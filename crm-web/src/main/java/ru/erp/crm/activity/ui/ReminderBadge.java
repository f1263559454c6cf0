package ru.erp.crm.activity.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import ru.erp.crm.activity.boundary.Activities;

/**
 * How many of the caller's reminders are due, for the top bar of every page: the notification
 * that leads to the calendar, where they are read and acknowledged. Asked once per request.
 */
@Named
@RequestScoped
public class ReminderBadge {

    @EJB
    Activities activities;

    private Integer count;

    public int getCount() {
        if (count == null) {
            count = activities.dueReminders(Instant.now()).size();
        }
        return count;
    }
}

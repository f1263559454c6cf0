package ru.erp.crm.activity.ui;

/**
 * Fired by the activity dialog after the boundary took a change, so that what the page shows
 * beside the dialog (the calendar's reminders and overdue tasks) is read again.
 */
public record ActivityChanged(Long activityId) {
}

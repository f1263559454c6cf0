package ru.erp.crm.sales.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import ru.erp.crm.activity.boundary.ActivityView;
import ru.erp.crm.activity.boundary.Activities;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.activity.boundary.SignificantDateView;
import ru.erp.crm.finance.boundary.InvoiceView;
import ru.erp.crm.finance.boundary.Invoices;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.sales.boundary.Opportunities;
import ru.erp.crm.sales.boundary.OpportunityView;

/**
 * A sales manager's start page: today's tasks, overdue ones, birthdays and dates of the next week,
 * the manager's opportunities without a next step and the payments expected from their customers.
 * Each block is one boundary call for its first rows (an index range scan each), read once per
 * request when the page shows it, with the total so "all N" links to the full list.
 */
@Named
@RequestScoped
public class StartPage {

    /** Rows a block shows; the rest is one link away. */
    static final int ROWS = 10;
    /** How far ahead the dates and the expected payments look, today included. */
    static final int DAYS = 7;

    @EJB
    Activities activities;

    @EJB
    Calendars calendars;

    @EJB
    Opportunities opportunities;

    @EJB
    Invoices invoices;

    private Page<ActivityView> today;
    private Page<ActivityView> overdue;
    private Page<SignificantDateView> dates;
    private Page<OpportunityView> withoutNextStep;
    private Page<InvoiceView> payments;

    public Page<ActivityView> getToday() {
        if (today == null) {
            today = block(() -> activities.dueToday(first()));
        }
        return today;
    }

    public Page<ActivityView> getOverdue() {
        if (overdue == null) {
            overdue = block(() -> activities.overdue(first()));
        }
        return overdue;
    }

    public Page<SignificantDateView> getDates() {
        if (dates == null) {
            dates = block(() -> calendars.significantDates(LocalDate.now(), DAYS, first()));
        }
        return dates;
    }

    public Page<OpportunityView> getWithoutNextStep() {
        if (withoutNextStep == null) {
            withoutNextStep = block(() -> opportunities.withoutNextStep(first()));
        }
        return withoutNextStep;
    }

    public Page<InvoiceView> getPayments() {
        if (payments == null) {
            payments = block(() -> invoices.expectedPayments(DAYS, first()));
        }
        return payments;
    }

    /** A refused block shows its problem and stays empty; the other blocks still show. */
    static <T> Page<T> block(Supplier<Page<T>> read) {
        try {
            return read.get();
        } catch (RuntimeException refused) {
            Notices.problem(refused);
            return Page.of(List.of(), 0, first());
        }
    }

    private static PageRequest first() {
        return new PageRequest(0, ROWS);
    }
}

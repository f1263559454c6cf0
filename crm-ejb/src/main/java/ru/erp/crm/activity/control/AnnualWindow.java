package ru.erp.crm.activity.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import ru.erp.crm.platform.problem.InvalidRequestException;

/**
 * A run of days, as the yearly dates falling into it are looked up: birthdays and other dates
 * are stored as mmdd numbers (1 March is 301), so the window becomes one range of them per
 * calendar year it touches, two when it crosses the year end. 29 February is celebrated on 28
 * February in a common year, so a common year's range that ends on 228 takes in 229 too.
 *
 * @param from the first day
 * @param to   the last day, included
 */
public record AnnualWindow(LocalDate from, LocalDate to) {

    /** A year and a day: any date comes round at least once, and the leap-year window of a full year fits. */
    public static final int MAX_DAYS = 366;

    /** {@code days} days from {@code from} on, {@code from} being the first: 1 is that day alone. */
    public static AnnualWindow of(LocalDate from, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw InvalidRequestException.of("days", "crm.validation.days", String.valueOf(MAX_DAYS));
        }
        return new AnnualWindow(from, from.plusDays(days - 1L));
    }

    /** The ranges of mmdd numbers to look up, earliest first, each within one calendar year. */
    public List<YearSpan> spans() {
        if (from.getYear() == to.getYear()) {
            return List.of(span(from.getYear(), mmdd(from), mmdd(to)));
        }
        return List.of(span(from.getYear(), mmdd(from), 1231), span(to.getYear(), 101, mmdd(to)));
    }

    private static YearSpan span(int year, int first, int last) {
        return new YearSpan(year, first, !Year.isLeap(year) && last == 228 ? 229 : last);
    }

    /** The mmdd number of a day, as the schema stores it. */
    public static int mmdd(LocalDate day) {
        return day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    /** The mmdd numbers {@code first} through {@code last}, both included, of one calendar year. */
    public record YearSpan(int year, int first, int last) {

        /** The day a stored mmdd falls on in this span's year. */
        public LocalDate occurrence(int mmdd) {
            return MonthDay.of(mmdd / 100, mmdd % 100).atYear(year);
        }
    }
}

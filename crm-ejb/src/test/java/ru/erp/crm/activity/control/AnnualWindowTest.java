package ru.erp.crm.activity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.control.AnnualWindow.YearSpan;
import ru.erp.crm.platform.problem.InvalidRequestException;

class AnnualWindowTest {

    @Test
    void aWindowWithinOneYearIsOneRange() {
        AnnualWindow week = AnnualWindow.of(LocalDate.of(2026, 11, 23), 7);

        assertEquals(LocalDate.of(2026, 11, 29), week.to());
        assertEquals(List.of(new YearSpan(2026, 1123, 1129)), week.spans());
        assertEquals(List.of(new YearSpan(2026, 1123, 1123)), AnnualWindow.of(LocalDate.of(2026, 11, 23), 1).spans());
    }

    @Test
    void aWindowAcrossTheYearEndIsTwoRangesInTheirOwnYears() {
        AnnualWindow window = AnnualWindow.of(LocalDate.of(2026, 12, 28), 10);

        List<YearSpan> spans = window.spans();

        assertEquals(List.of(new YearSpan(2026, 1228, 1231), new YearSpan(2027, 101, 106)), spans);
        assertEquals(LocalDate.of(2026, 12, 30), spans.get(0).occurrence(1230));
        assertEquals(LocalDate.of(2027, 1, 2), spans.get(1).occurrence(102));
    }

    @Test
    void inACommonYearTheTwentyNinthOfFebruaryIsCelebratedOnTheTwentyEighth() {
        List<YearSpan> endingOnThe28th = AnnualWindow.of(LocalDate.of(2027, 2, 21), 8).spans();
        assertEquals(List.of(new YearSpan(2027, 221, 229)), endingOnThe28th);
        assertEquals(LocalDate.of(2027, 2, 28), endingOnThe28th.get(0).occurrence(229));

        assertEquals(List.of(new YearSpan(2027, 301, 307)), AnnualWindow.of(LocalDate.of(2027, 3, 1), 7).spans(),
                "from 1 March on, the 28th has passed");
        assertEquals(List.of(new YearSpan(2027, 227, 227)), AnnualWindow.of(LocalDate.of(2027, 2, 27), 1).spans());
    }

    @Test
    void inALeapYearTheTwentyNinthIsItsOwnDay() {
        List<YearSpan> spans = AnnualWindow.of(LocalDate.of(2028, 2, 22), 7).spans();
        assertEquals(List.of(new YearSpan(2028, 222, 228)), spans, "the 29th is the next day");
        assertEquals(LocalDate.of(2028, 2, 29), AnnualWindow.of(LocalDate.of(2028, 2, 29), 1).spans().get(0).occurrence(229));
    }

    @Test
    void theTwentyEighthOfAYearAfterTheYearEndTakesInTheTwentyNinth() {
        assertEquals(List.of(new YearSpan(2026, 1201, 1231), new YearSpan(2027, 101, 229)),
                AnnualWindow.of(LocalDate.of(2026, 12, 1), 90).spans());
    }

    @Test
    void aWindowIsOneToThreeHundredSixtySixDays() {
        assertEquals("days", assertThrows(InvalidRequestException.class,
                () -> AnnualWindow.of(LocalDate.of(2026, 1, 1), 0)).violations().get(0).field());
        assertThrows(InvalidRequestException.class, () -> AnnualWindow.of(LocalDate.of(2026, 1, 1), 367));
        assertEquals(List.of(new YearSpan(2026, 301, 1231), new YearSpan(2027, 101, 301)),
                AnnualWindow.of(LocalDate.of(2026, 3, 1), 366).spans(), "a full year and a day sees 1 March twice");
    }
}

package ru.erp.crm.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.paging.PageRequest;

class TablePageTest {

    @Test
    void theFirstRowOfAWindowNamesItsPage() {
        assertEquals(new PageRequest(0, 20), TablePage.of(0, 20));
        assertEquals(new PageRequest(3, 20), TablePage.of(60, 20));
        assertEquals(new PageRequest(2, 50), TablePage.of(100, 50));
    }

    @Test
    void aWindowLargerThanTheBoundaryServesIsCutToTheLargestPage() {
        assertEquals(new PageRequest(1, PageRequest.MAX_SIZE), TablePage.of(PageRequest.MAX_SIZE, 1000));
    }

    @Test
    void anEmptyOrNegativeWindowStillAsksForAValidPage() {
        assertEquals(new PageRequest(0, 1), TablePage.of(-5, 0));
    }
}

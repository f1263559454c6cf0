package ru.erp.crm.exchange.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.erp.crm.exchange.boundary.MessageProgress;
import ru.erp.crm.exchange.entity.MessageStatus;

class SiteImportsTest {

    @ParameterizedTest
    @EnumSource(value = MessageStatus.class, names = {"RECEIVED", "PROCESSING"})
    void aMessageStillInWorkIsProgress(MessageStatus status) {
        SiteAnswer answer = SiteImports.answerFor("import.xml", new MessageProgress(7, status, 1000, 990, 10, 0, null, null));
        assertEquals("progress", answer.lines().get(0));
        assertEquals("import.xml: read 1000, applied 990, unchanged 10, refused 0 (journal message 7)", answer.lines().get(1));
    }

    @Test
    void anAppliedMessageIsSuccess() {
        SiteAnswer answer = SiteImports.answerFor("offers.xml", new MessageProgress(8, MessageStatus.APPLIED, 5, 5, 0, 0, null, null));
        assertEquals("success\noffers.xml: read 5, applied 5, unchanged 0, refused 0 (journal message 8)\n", answer.text());
    }

    @Test
    void refusedElementsAndDeadLettersAreFailuresWithReasonAndPosition() {
        SiteAnswer partly = SiteImports.answerFor("import.xml",
                new MessageProgress(9, MessageStatus.PARTLY_APPLIED, 10, 8, 0, 2, null, null));
        assertEquals("failure", partly.lines().get(0));
        assertTrue(partly.lines().get(1).contains("refused 2"), partly.text());

        SiteAnswer dead = SiteImports.answerFor("import.xml", new MessageProgress(10, MessageStatus.DEAD_LETTERED, 3, 3, 0, 0,
                "XML document structures must start and end within the same entity.", "line 120, column 4"));
        assertEquals("failure", dead.lines().get(0));
        assertTrue(dead.lines().get(1).endsWith("same entity. at line 120, column 4"), dead.text());
        assertEquals(2, dead.lines().size(), "one reason line, whatever the reason contained");
    }
}

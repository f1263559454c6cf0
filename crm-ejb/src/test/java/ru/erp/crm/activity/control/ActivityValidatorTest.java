package ru.erp.crm.activity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.boundary.ActivityDraft;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

class ActivityValidatorTest {

    private static final Instant START = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void aValidDraftGivesItsKindWhateverItsCase() {
        assertEquals(ActivityKind.MEETING, ActivityValidator.requireValid(draft(" meeting ", "Встреча", START, null, null, null)));
    }

    @Test
    void everyViolationIsReportedAtOnceNamingItsField() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> ActivityValidator.requireValid(draft("CALL", " ", null, START, START.plusSeconds(1), null)));

        assertEquals(List.of("subject", "startsAt", "dueAt", "endsAt"), fields(refused));
    }

    @Test
    void anUnknownKindIsNamedAndTheScheduleIsNotJudgedWithoutIt() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> ActivityValidator.requireValid(draft("VISIT", "Визит", null, null, null, null)));

        assertEquals(List.of("kind"), fields(refused));
        assertEquals("crm.validation.choice", refused.violations().get(0).messageKey());
        assertEquals(List.of("kind"), fields(assertThrows(InvalidRequestException.class,
                () -> ActivityValidator.requireValid(draft(null, "Визит", null, null, null, null)))));
    }

    @Test
    void aReminderAfterTheStartIsRefusedUnlessThereIsNoReminder() {
        ActivityDraft late = draft("CALL", "Звонок", START, null, null, START.plusSeconds(60));
        assertEquals(List.of("remindAt"), fields(assertThrows(InvalidRequestException.class,
                () -> ActivityValidator.requireValid(late))));

        ActivityDraft none = new ActivityDraft("CALL", "Звонок", null, null, null, null, null, START, null, null,
                START.plusSeconds(60), false);
        assertEquals(ActivityKind.CALL, ActivityValidator.requireValid(none));
    }

    private static ActivityDraft draft(String kind, String subject, Instant startsAt, Instant endsAt, Instant dueAt,
                                       Instant remindAt) {
        return new ActivityDraft(kind, subject, null, null, null, null, null, startsAt, endsAt, dueAt, remindAt, null);
    }

    private static List<String> fields(InvalidRequestException refused) {
        return refused.violations().stream().map(Violation::field).toList();
    }
}

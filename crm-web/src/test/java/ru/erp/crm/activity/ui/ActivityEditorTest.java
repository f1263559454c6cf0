package ru.erp.crm.activity.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.boundary.ActivityDraft;
import ru.erp.crm.activity.boundary.ActivityView;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.activity.ui.ActivityEditor.CustomerChoice;

class ActivityEditorTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDateTime TEN = LocalDateTime.of(2026, 11, 24, 10, 0);

    private final ActivityEditor editor = new ActivityEditor();

    @BeforeEach
    void zone() {
        editor.zone = MOSCOW;
    }

    @Test
    void aNewActivityIsAHalfHourCallAtTheClickedTimeForTheCardsCustomer() {
        editor.startNew(TEN, new CustomerChoice(5L, "ООО «Ромашка»"));

        assertEquals(ActivityKind.CALL, editor.getKind());
        assertEquals(TEN, editor.getStartsAt());
        assertEquals(TEN.plusMinutes(30), editor.getEndsAt());
        assertTrue(editor.isCustomerFixed());
        assertTrue(editor.isNew());
        assertTrue(editor.isPlanned());
        assertTrue(editor.isRemind());
    }

    @Test
    void theDialogsLocalTimesBecomeInstantsInTheUsersZone() {
        editor.startNew(TEN, new CustomerChoice(5L, "ООО «Ромашка»"));
        editor.setSubject("Звонок");

        ActivityDraft draft = editor.draft();

        assertEquals(new ActivityDraft("CALL", "Звонок", null, null, 5L, null, null,
                Instant.parse("2026-11-24T07:00:00Z"), Instant.parse("2026-11-24T07:30:00Z"), null, null, true), draft);
    }

    @Test
    void switchingToATaskSendsItsDueTimeAndNoStartOrEnd() {
        editor.startNew(TEN, null);
        editor.setKind(ActivityKind.TASK);
        editor.setDueAt(TEN.plusHours(8));

        ActivityDraft draft = editor.draft();

        assertNull(draft.startsAt());
        assertNull(draft.endsAt());
        assertEquals(Instant.parse("2026-11-24T15:00:00Z"), draft.dueAt());
    }

    @Test
    void aReminderTimeIsSentOnlyWhenTheUserSetOne() {
        editor.fill(view(TEN.minusMinutes(15)), false);
        assertNull(editor.draft().remindAt(), "the loaded default is worked out again for the new schedule");
        assertTrue(editor.draft().remind());

        editor.setRemindAt(TEN.minusHours(1));
        assertEquals(Instant.parse("2026-11-24T06:00:00Z"), editor.draft().remindAt());

        editor.setRemind(false);
        assertNull(editor.draft().remindAt());
        assertFalse(editor.draft().remind());
    }

    @Test
    void aStoredActivityFillsTheDialogAndADoneOneIsOnlyShown() {
        editor.fill(view(null), false);

        assertEquals(7L, editor.getId());
        assertEquals(new CustomerChoice(5L, "ООО «Ромашка»"), editor.getCustomer());
        assertEquals(TEN, editor.getStartsAt());
        assertFalse(editor.isRemind());
        assertFalse(editor.isPlanned());
        assertFalse(editor.isNew());
    }

    private static ActivityView view(LocalDateTime remindAt) {
        Instant start = TEN.atZone(MOSCOW).toInstant();
        return new ActivityView(7L, ActivityKind.MEETING, "Встреча", null, 2L, "manager", "Петров", 5L, "ООО «Ромашка»",
                null, null, null, start, start.plusSeconds(3600), null,
                remindAt == null ? null : remindAt.atZone(MOSCOW).toInstant(), false,
                remindAt == null ? ActivityStatus.DONE : ActivityStatus.PLANNED, false, null, null, "manager",
                start.minusSeconds(86_400), 1L);
    }
}

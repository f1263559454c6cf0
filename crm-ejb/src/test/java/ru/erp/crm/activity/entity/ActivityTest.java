package ru.erp.crm.activity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

class ActivityTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z"); // 10:00 in Moscow
    private static final Instant TOMORROW_NOON = Instant.parse("2026-11-24T09:00:00Z");

    private final UserAccount manager = new UserAccount("manager", "Петров", "x", Set.of(Role.SALES_MANAGER), NOW);
    private final CustomerCategory key = new CustomerCategory("KEY", "Ключевые", "Key");

    @Test
    void aCallOrMeetingNeedsAStartAndATaskOrEmailADueTime() {
        assertEquals(List.of("startsAt"), fields(ActivityKind.CALL, null, null, null));
        assertEquals(List.of("startsAt"), fields(ActivityKind.MEETING, null, null, null));
        assertEquals(List.of("dueAt"), fields(ActivityKind.TASK, TOMORROW_NOON, null, null));
        assertEquals(List.of("dueAt"), fields(ActivityKind.EMAIL, null, null, null));
        assertEquals(List.of("kind"), fields(null, TOMORROW_NOON, null, null));
        assertEquals(List.of(), fields(ActivityKind.TASK, TOMORROW_NOON, null, TOMORROW_NOON));
    }

    @Test
    void aCallHasNoDueTime() {
        assertEquals(List.of("dueAt"), fields(ActivityKind.CALL, TOMORROW_NOON, null, TOMORROW_NOON));
    }

    @Test
    void anEndComesAfterTheStartAndNeedsOne() {
        assertEquals(List.of("endsAt"), fields(ActivityKind.MEETING, TOMORROW_NOON, TOMORROW_NOON, null));
        assertEquals(List.of("endsAt"), fields(ActivityKind.MEETING, TOMORROW_NOON, TOMORROW_NOON.minusSeconds(60), null));
        assertEquals(List.of("endsAt"), fields(ActivityKind.TASK, null, TOMORROW_NOON, TOMORROW_NOON));
        assertEquals(List.of(), fields(ActivityKind.MEETING, TOMORROW_NOON, TOMORROW_NOON.plusSeconds(3600), null));
    }

    @Test
    void theEntityRefusesABrokenScheduleWithTheSameViolations() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> new Activity(ActivityKind.MEETING, null, null, null, "Встреча", null, manager, "manager", NOW));
        assertEquals("startsAt", refused.violations().get(0).field());
        Activity call = call(TOMORROW_NOON);
        assertThrows(InvalidRequestException.class, () -> call.plan(ActivityKind.TASK, TOMORROW_NOON, null, null));
        assertEquals(ActivityKind.CALL, call.kind(), "a refused plan changes nothing");
    }

    @Test
    void theSubjectIsRequiredAndTextsAreBounded() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> new Activity(ActivityKind.CALL,
                TOMORROW_NOON, null, null, " ", "x".repeat(Activity.DESCRIPTION_LENGTH + 1), manager, "manager", NOW));
        assertEquals(List.of("subject", "description"), refused.violations().stream().map(Violation::field).toList());
        Activity call = call(TOMORROW_NOON);
        call.describe("  Позвонить  ", "  ");
        assertEquals("Позвонить", call.subject());
        assertNull(call.description());
    }

    @Test
    void theCalendarPlaceIsTheStartOrTheDueTimeOfWhatHasNone() {
        assertEquals(TOMORROW_NOON, call(TOMORROW_NOON).calendarAt());
        Activity task = task(TOMORROW_NOON);
        assertEquals(TOMORROW_NOON, task.calendarAt());
        task.plan(ActivityKind.TASK, NOW.plusSeconds(60), null, TOMORROW_NOON);
        assertEquals(NOW.plusSeconds(60), task.calendarAt());
    }

    @Test
    void doneOnlyOnceAndAClosedActivityNoLongerChanges() {
        Activity call = call(TOMORROW_NOON);
        call.complete("  Договорились о встрече ", NOW);
        assertEquals(ActivityStatus.DONE, call.status());
        assertEquals("Договорились о встрече", call.outcome());
        assertEquals(NOW, call.doneAt());

        RuleViolationException twice = assertThrows(RuleViolationException.class, () -> call.complete("ещё раз", NOW));
        assertEquals("crm.rule.activity.done", twice.messageKey());
        assertThrows(RuleViolationException.class, call::cancel);
        assertThrows(RuleViolationException.class, () -> call.describe("Другое", null));
        assertEquals("Договорились о встрече", call.outcome());
    }

    @Test
    void aCancelledActivityCannotBeDone() {
        Activity task = task(TOMORROW_NOON);
        task.cancel();
        assertEquals(ActivityStatus.CANCELLED, task.status());
        assertEquals("crm.rule.activity.cancelled",
                assertThrows(RuleViolationException.class, () -> task.complete(null, NOW)).messageKey());
    }

    @Test
    void aTaskIsOverdueWhenPlannedAndPastItsDueTime() {
        Activity task = task(NOW.minusSeconds(1));
        assertTrue(task.overdue(NOW));
        assertFalse(task(NOW).overdue(NOW), "due this very moment is still in time");
        assertFalse(call(NOW.minus(Duration.ofDays(2))).overdue(NOW), "calls have no due time");
        task.complete(null, NOW);
        assertFalse(task.overdue(NOW));
    }

    @Test
    void aMeetingIsRemindedAQuarterOfAnHourBeforeItsStartByDefault() {
        Activity meeting = new Activity(ActivityKind.MEETING, TOMORROW_NOON, TOMORROW_NOON.plusSeconds(3600), null,
                "Встреча", null, manager, "manager", NOW);
        meeting.remindByDefault(MOSCOW, NOW);
        assertEquals(TOMORROW_NOON.minus(Duration.ofMinutes(15)), meeting.remindAt());
        assertFalse(meeting.reminderDue(NOW));
        assertTrue(meeting.reminderDue(meeting.remindAt()));
    }

    @Test
    void somethingReportedAfterTheFactIsNotRemindedOf() {
        Activity call = call(NOW.minusSeconds(3600));
        call.remindByDefault(MOSCOW, NOW);
        assertNull(call.remindAt());
    }

    @Test
    void anAcknowledgedReminderIsNoLongerDueUntilItsTimeChanges() {
        Activity task = task(TOMORROW_NOON);
        task.remindAt(NOW);
        assertTrue(task.reminderDue(NOW));

        assertTrue(task.acknowledgeReminder(NOW));
        assertFalse(task.acknowledgeReminder(NOW), "a second acknowledgement changes nothing");
        assertFalse(task.reminderDue(NOW));
        task.remindAt(NOW);
        assertFalse(task.reminderDue(NOW), "the same time stays acknowledged");

        task.remindAt(NOW.plusSeconds(60));
        assertNull(task.reminderAcknowledgedAt());
        assertTrue(task.reminderDue(NOW.plusSeconds(60)));
    }

    @Test
    void aReminderComesBeforeTheActivityAndClosingEndsIt() {
        Activity task = task(TOMORROW_NOON);
        InvalidRequestException late = assertThrows(InvalidRequestException.class, () -> task.remindAt(TOMORROW_NOON.plusSeconds(1)));
        assertEquals("remindAt", late.violations().get(0).field());
        task.remindAt(NOW);
        task.cancel();
        assertFalse(task.reminderDue(NOW));
    }

    @Test
    void aContactPersonBringsTheirCustomerAndMustWorkForTheOneNamed() {
        Counterparty romashka = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»", key, NOW);
        Counterparty vector = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Вектор»", key, NOW);
        ContactPerson anna = romashka.addContactPerson("Анна", null, null);
        Activity call = call(TOMORROW_NOON);

        call.concern(null, anna, 7L);
        assertSame(romashka, call.customer().orElseThrow());
        assertEquals(7L, call.opportunityId());

        InvalidRequestException other = assertThrows(InvalidRequestException.class, () -> call.concern(vector, anna, null));
        assertEquals("contactPersonId", other.violations().get(0).field());
        call.concern(null, null, null);
        assertTrue(call.customer().isEmpty());
    }

    private Activity call(Instant startsAt) {
        return new Activity(ActivityKind.CALL, startsAt, null, null, "Позвонить", null, manager, "manager", NOW);
    }

    private Activity task(Instant dueAt) {
        return new Activity(ActivityKind.TASK, null, null, dueAt, "Подготовить КП", null, manager, "manager", NOW);
    }

    private static List<String> fields(ActivityKind kind, Instant startsAt, Instant endsAt, Instant dueAt) {
        return Activity.scheduleViolations(kind, startsAt, endsAt, dueAt).stream().map(Violation::field).toList();
    }
}

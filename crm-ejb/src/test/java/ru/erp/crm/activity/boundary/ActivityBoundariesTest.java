package ru.erp.crm.activity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * The activity boundaries' mappings, queries and access rules against H2 in Oracle mode, migrated
 * by the product's scripts, with EclipseLink as Payara runs it; each call in a fresh persistence
 * context and its own transaction, as a container-managed call would be. Security annotations are
 * the container's and are left to the ITs; the caller is given as CallerScope would work it out.
 */
class ActivityBoundariesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 28);
    /** 28 December 2026, 10:00 in Moscow. */
    private static final Instant NOW = TODAY.atTime(10, 0).atZone(MOSCOW).toInstant();

    private static EntityManagerFactory factory;
    private static Connection connection;
    private static Map<String, Long> users;
    private static long key;
    private static long dealers;
    private static long shared;
    private static long romashka;
    private static long vector;
    private static long commons;
    private static long anna;
    private static long boris;

    private final Activities activities = new Activities();
    private final Calendars calendars = new Calendars();
    private final List<String> audited = new ArrayList<>();
    private EntityManager current;
    private String login;

    @BeforeAll
    static void migrate() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("crm");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        connection = h2.getConnection();
        factory = Persistence.createEntityManagerFactory("crm", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", h2));
        users = inTransaction(em -> {
            UserAccount head = user(em, "head", Role.SALES_HEAD);
            UserAccount manager = user(em, "manager", Role.SALES_MANAGER);
            UserAccount manager2 = user(em, "manager2", Role.SALES_MANAGER);
            UserAccount admin = user(em, "admin", Role.ADMIN);
            UserAccount support = user(em, "support", Role.SUPPORT);
            manager.joinTeamOf(head);
            manager2.joinTeamOf(head);
            em.flush();
            return Map.of("head", head.id(), "manager", manager.id(), "manager2", manager2.id(), "admin", admin.id(),
                    "support", support.id());
        });
        key = inTransaction(em -> category(em, "KEY"));
        dealers = inTransaction(em -> category(em, "DEALERS"));
        shared = inTransaction(em -> category(em, "SHARED"));
        romashka = inTransaction(em -> customer(em, "ООО «Ромашка»", key, "manager"));
        vector = inTransaction(em -> customer(em, "ООО «Вектор»", dealers, "manager2"));
        commons = inTransaction(em -> customer(em, "ООО «Общее»", shared, "manager"));
        anna = inTransaction(em -> person(em, romashka, "Анна Петрова"));
        boris = inTransaction(em -> person(em, vector, "Борис Сидоров"));
    }

    @AfterAll
    static void close() throws SQLException {
        factory.close();
        connection.close();
    }

    @BeforeEach
    void boundaries() throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("delete from activity");
            delete.executeUpdate("delete from contact_significant_date");
            delete.executeUpdate("update contact_person set birthday = null, birthday_mmdd = null");
        }
        factory.getCache().evictAll();
        AuditTrail audit = new AuditTrail() {
            @Override
            public void record(AuditAction action, String entity, Object entityId, String summary,
                               Map<String, ?> before, Map<String, ?> after) {
                audited.add(action + " " + entity + " " + entityId + ": " + summary);
            }
        };
        CallerScope caller = new CallerScope() {
            @Override
            public AccessScope scope() {
                return scopeOf(login);
            }

            @Override
            public UserAccount user() {
                return current.find(UserAccount.class, users.get(login));
            }
        };
        Clock clock = Clock.fixed(NOW, MOSCOW);
        activities.audit = audit;
        activities.caller = caller;
        activities.clock = clock;
        calendars.audit = audit;
        calendars.caller = caller;
        calendars.clock = clock;
        login = "manager";
    }

    @Test
    void aPlannedCallIsRemindedByDefaultAndGoesOnTheCustomersTimeline() {
        Instant start = at(TODAY.plusDays(1), 11, 0);

        ActivityView call = call(draft("call", "Обсудить договор", null, romashka, anna, start, null, null));

        assertEquals(ActivityKind.CALL, call.kind());
        assertEquals(romashka, call.customerId());
        assertEquals("Анна Петрова", call.contactPersonName());
        assertEquals("manager", call.owner());
        assertEquals("manager", call.createdBy());
        assertEquals(ActivityStatus.PLANNED, call.status());
        assertEquals(start.minus(Duration.ofMinutes(15)), call.remindAt());
        assertEquals(List.of("CREATE activity " + call.id() + ": activity #" + call.id() + " CALL «Обсудить договор» planned (manager)",
                "CREATE customer " + romashka + ": activity #" + call.id() + " CALL «Обсудить договор» planned (manager)"), audited);
        assertEquals(call, call(() -> activities.find(call.id())));
    }

    @Test
    void aContactPersonBringsTheCustomer() {
        ActivityView call = call(draft("CALL", "Поздравить", null, null, anna, at(TODAY.plusDays(1), 9, 0), null, null));

        assertEquals(romashka, call.customerId());
    }

    @Test
    void aContactPersonOfAnotherCustomerIsRefusedNamingTheField() {
        login = "admin";
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> call(
                draft("CALL", "Звонок", null, romashka, boris, at(TODAY.plusDays(1), 9, 0), null, null)));
        assertEquals("contactPersonId", refused.violations().get(0).field());
    }

    @Test
    void activitiesOfCustomersOutsideTheCallersCategoriesDoNotExistForThem() {
        long onRomashka = call(draft("TASK", "КП", null, romashka, null, null, null, at(TODAY, 18, 0))).id();
        long personal = call(draft("TASK", "Отчёт", null, null, null, null, null, at(TODAY, 18, 0))).id();
        login = "manager2";

        assertThrows(RecordNotFoundException.class, () -> call(() -> activities.find(onRomashka)));
        assertThrows(RecordNotFoundException.class, () -> call(() -> activities.find(personal)),
                "a personal task is the owner's, their head's and admins'");
        assertThrows(RecordNotFoundException.class, () -> list(romashka, null, null));
        assertEquals(List.of(), ids(list(null, users.get("manager"), null)));
        assertThrows(RecordNotFoundException.class, () -> call(() -> activities.complete(onRomashka, null)));

        login = "head";
        assertEquals(List.of(personal, onRomashka), ids(list(null, users.get("manager"), null)),
                "the head sees the team's; equal times come latest created first");
    }

    @Test
    void aCustomersActivitiesAreAllItsOwnersLatestFirstAndFilteredByOwnerAndStatus() {
        long early = call(draft("CALL", "Первый звонок", null, commons, null, at(TODAY, 11, 0), null, null)).id();
        login = "manager2";
        long late = call(draft("MEETING", "Встреча", null, commons, null, at(TODAY.plusDays(2), 11, 0), null, null)).id();
        call(() -> activities.complete(late, "Провели"));
        call(draft("CALL", "Чужой клиент", null, vector, null, at(TODAY, 12, 0), null, null));
        login = "manager";

        assertEquals(List.of(late, early), ids(list(commons, null, null)));
        assertEquals(List.of(late), ids(list(commons, users.get("manager2"), null)));
        assertEquals(List.of(early), ids(list(commons, null, ActivityStatus.PLANNED)));
        assertEquals(List.of(early), ids(list(null, null, null)), "without a customer: the caller's own");
    }

    @Test
    void theOwnerTheirHeadAndAdminsChangeAnActivityOthersWhoSeeItMayNot() {
        long task = call(draft("TASK", "КП", null, commons, null, null, null, at(TODAY, 18, 0))).id();
        login = "manager2";
        assertThrows(ForbiddenOperationException.class, () -> call(() -> activities.cancel(task)));

        login = "head";
        ActivityView done = call(() -> activities.complete(task, "Отправили"));
        assertEquals(ActivityStatus.DONE, done.status());
        assertEquals("Отправили", done.outcome());
        assertEquals(NOW, done.doneAt());
        assertTrue(audited.contains("UPDATE customer " + commons + ": activity #" + task
                + " TASK «КП» done: Отправили (manager)"));
    }

    @Test
    void doneOnlyOnceAndNeverAfterCancelling() {
        long call = call(draft("CALL", "Звонок", null, romashka, null, at(TODAY, 11, 0), null, null)).id();
        long meeting = call(draft("MEETING", "Встреча", null, romashka, null, at(TODAY, 15, 0), null, null)).id();
        call(() -> activities.complete(call, null));
        call(() -> activities.cancel(meeting));

        assertEquals("crm.rule.activity.done",
                assertThrows(RuleViolationException.class, () -> call(() -> activities.complete(call, "ещё"))).messageKey());
        assertEquals("crm.rule.activity.cancelled",
                assertThrows(RuleViolationException.class, () -> call(() -> activities.complete(meeting, null))).messageKey());
        assertEquals(ActivityStatus.CANCELLED, call(() -> activities.find(meeting)).status());
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndReschedulesTheReminder() {
        ActivityView planned = call(draft("CALL", "Звонок", null, romashka, null, at(TODAY, 11, 0), null, null));

        ActivityView moved = call(() -> activities.update(planned.id(), planned.version(),
                draft("MEETING", "Встреча вместо звонка", null, romashka, anna, at(TODAY.plusDays(1), 12, 0),
                        at(TODAY.plusDays(1), 13, 0), null)));

        assertEquals(ActivityKind.MEETING, moved.kind());
        assertEquals(at(TODAY.plusDays(1), 11, 45), moved.remindAt());
        assertEquals(planned.version() + 1, moved.version());
        assertThrows(StaleVersionException.class, () -> call(() -> activities.update(planned.id(), planned.version(),
                draft("CALL", "x", null, romashka, null, at(TODAY, 11, 0), null, null))));
    }

    @Test
    void movingAnActivityToAnotherCustomerTellsBothTimelines() {
        ActivityView planned = call(draft("CALL", "Звонок", null, romashka, null, at(TODAY, 11, 0), null, null));
        audited.clear();

        call(() -> activities.update(planned.id(), planned.version(),
                draft("CALL", "Звонок", null, commons, null, at(TODAY, 11, 0), null, null)));

        assertEquals(List.of("UPDATE customer " + romashka, "UPDATE activity " + planned.id(), "UPDATE customer " + commons),
                audited.stream().map(entry -> entry.substring(0, entry.indexOf(':'))).toList());
    }

    @Test
    void aHeadPlansForTheTeamAManagerOnlyForThemselves() {
        login = "head";
        ActivityView delegated = call(draft("TASK", "Позвонить в Вектор", users.get("manager2"), vector, null, null,
                null, at(TODAY, 18, 0)));
        assertEquals("manager2", delegated.owner());

        login = "manager";
        assertThrows(ForbiddenOperationException.class, () -> call(draft("TASK", "Задача коллеге", users.get("manager2"),
                null, null, null, null, at(TODAY, 18, 0))));
        assertEquals("ownerId", assertThrows(InvalidRequestException.class, () -> call(draft("TASK", "Кому?", 999_999L,
                null, null, null, null, at(TODAY, 18, 0)))).violations().get(0).field());
    }

    @Test
    void overdueAndTodaysTasksAreTheCallersOwnOpenOnes() {
        long longOverdue = call(draft("TASK", "Давно просрочено", null, romashka, null, null, null,
                at(TODAY.minusDays(3), 18, 0))).id();
        long overdue = call(draft("EMAIL", "Письмо", null, null, null, null, null, at(TODAY, 9, 30))).id();
        long laterToday = call(draft("TASK", "Сегодня", null, romashka, null, null, null, at(TODAY, 18, 0))).id();
        long done = call(draft("TASK", "Сделано", null, romashka, null, null, null, at(TODAY.minusDays(1), 18, 0))).id();
        call(() -> activities.complete(done, null));
        call(draft("CALL", "Звонок вчера", null, romashka, null, at(TODAY.minusDays(1), 11, 0), null, null));
        login = "manager2";
        call(draft("TASK", "Чужая", null, vector, null, null, null, at(TODAY.minusDays(1), 18, 0)));
        login = "manager";

        Page<ActivityView> late = call(() -> activities.overdue(new PageRequest(0, 10)));
        assertEquals(List.of(longOverdue, overdue), ids(late));
        assertTrue(late.items().stream().allMatch(ActivityView::overdue));
        assertEquals(List.of(overdue, laterToday), ids(call(() -> activities.dueToday(new PageRequest(0, 10)))));
        assertEquals(2, call(() -> activities.overdue(new PageRequest(0, 1))).total());
    }

    @Test
    void dueRemindersAreTheOwnersUntilAcknowledged() {
        long soon = call(draft("MEETING", "Встреча", null, romashka, null, at(TODAY, 10, 10), null, null)).id();
        long later = call(draft("CALL", "Звонок", null, romashka, null, at(TODAY, 16, 0), null, null)).id();
        long chosen = call(new ActivityDraft("TASK", "Задача", null, null, null, null, null, null, null,
                at(TODAY.plusDays(5), 18, 0), at(TODAY, 9, 0), null)).id();
        long silent = call(new ActivityDraft("CALL", "Без напоминания", null, null, null, null, null, at(TODAY, 10, 5),
                null, null, null, false)).id();
        call(draft("CALL", "Уже прошёл", null, romashka, null, at(TODAY, 8, 0), null, null));

        assertEquals(List.of(chosen, soon), ids(call(() -> activities.dueReminders(NOW))));
        assertEquals(List.of(chosen, soon, later), ids(call(() -> activities.dueReminders(at(TODAY, 15, 45)))));
        assertNull(call(() -> activities.find(silent)).remindAt());

        login = "head";
        assertThrows(ForbiddenOperationException.class, () -> call(() -> activities.acknowledge(soon)));
        assertEquals(List.of(), ids(call(() -> activities.dueReminders(NOW))), "reminders are the owner's");
        login = "manager";
        assertTrue(call(() -> activities.acknowledge(soon)).reminderAcknowledged());
        assertEquals(List.of(chosen), ids(call(() -> activities.dueReminders(NOW))));
        call(() -> activities.complete(chosen, null));
        assertEquals(List.of(), ids(call(() -> activities.dueReminders(NOW))));
    }

    @Test
    void aUsersDayAndWeekInCalendarOrderForThemTheirHeadAndAdmins() {
        long tomorrowsTask = call(draft("TASK", "КП", null, romashka, null, null, null, at(TODAY.plusDays(1), 12, 0))).id();
        long todaysMeeting = call(draft("MEETING", "Встреча", null, romashka, null, at(TODAY, 15, 0), at(TODAY, 16, 0), null)).id();
        long morningCall = call(draft("CALL", "Звонок", null, null, null, at(TODAY, 9, 0), null, null)).id();
        long cancelled = call(draft("CALL", "Отменён", null, null, null, at(TODAY, 11, 0), null, null)).id();
        call(() -> activities.cancel(cancelled));
        call(draft("CALL", "Через неделю", null, null, null, at(TODAY.plusDays(7), 9, 0), null, null));

        assertEquals(List.of(morningCall, todaysMeeting), entryIds(call(() -> calendars.day(null, TODAY))));
        assertEquals(List.of(morningCall, todaysMeeting, tomorrowsTask), entryIds(call(() -> calendars.week(null, TODAY))));

        login = "head";
        assertEquals(3, call(() -> calendars.week(users.get("manager"), TODAY)).size());
        login = "admin";
        assertEquals(3, call(() -> calendars.week(users.get("manager"), TODAY)).size());
        login = "manager2";
        assertThrows(ForbiddenOperationException.class, () -> call(() -> calendars.week(users.get("manager"), TODAY)));
    }

    @Test
    void aTeamCalendarHasTheHeadAndTheMembersForTheHeadAndAdmins() {
        long managers = call(draft("CALL", "Звонок", null, romashka, null, at(TODAY, 12, 0), null, null)).id();
        login = "manager2";
        long managers2 = call(draft("MEETING", "Встреча", null, vector, null, at(TODAY, 11, 0), null, null)).id();
        login = "head";
        long heads = call(draft("TASK", "План", null, null, null, null, null, at(TODAY.plusDays(1), 18, 0))).id();
        login = "support";
        call(draft("CALL", "Не из группы", null, null, null, at(TODAY, 10, 30), null, null));

        login = "head";
        List<CalendarEntry> team = call(() -> calendars.team(null, TODAY, TODAY.plusDays(1)));
        assertEquals(List.of(managers2, managers, heads), entryIds(team));
        assertEquals(List.of("manager2", "manager", "head"), team.stream().map(CalendarEntry::owner).toList());
        login = "admin";
        assertEquals(3, call(() -> calendars.team(users.get("head"), TODAY, TODAY.plusDays(1))).size());
        login = "manager";
        assertThrows(ForbiddenOperationException.class, () -> call(() -> calendars.team(users.get("head"), TODAY, TODAY)));
        assertEquals("to", assertThrows(InvalidRequestException.class,
                () -> call(() -> calendars.team(null, TODAY, TODAY.plusDays(31)))).violations().get(0).field());
    }

    @Test
    void theCalendarOwnersAreTheCallerThenTheTeam() {
        login = "head";
        assertEquals(List.of("head", "manager", "manager2"),
                call(() -> calendars.owners()).stream().map(CalendarOwner::login).sorted().toList());
        assertEquals("head", call(() -> calendars.owners()).get(0).login());
        login = "manager";
        assertEquals(List.of("manager"), call(() -> calendars.owners()).stream().map(CalendarOwner::login).toList());
    }

    @Test
    void significantDatesCrossTheYearEndInDateOrderWithinTheCallersCustomers() throws SQLException {
        birthday(anna, LocalDate.of(1980, 1, 2));
        birthday(boris, LocalDate.of(1975, 12, 30));
        long newYear = call(() -> calendars.addSignificantDate(anna, new SignificantDateDraft("Годовщина работы", 31, 12, 2020)))
                .significantDateId();
        call(() -> calendars.addSignificantDate(anna, new SignificantDateDraft("День ангела", 15, 1, null)));

        login = "admin";
        List<SignificantDateView> week = call(() -> calendars.significantDates(TODAY, 7, new PageRequest(0, 10))).items();
        assertEquals(List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 2)),
                week.stream().map(SignificantDateView::date).toList());
        assertEquals(List.of("Борис Сидоров", "Анна Петрова", "Анна Петрова"),
                week.stream().map(SignificantDateView::contactPersonName).toList());
        assertEquals(List.of(51, 6, 47), week.stream().map(SignificantDateView::years).toList());
        assertEquals(newYear, week.get(1).significantDateId());
        assertEquals(SignificantDateView.Kind.BIRTHDAY, week.get(2).kind());

        login = "manager";
        assertEquals(List.of("Анна Петрова", "Анна Петрова"), call(() -> calendars.significantDates(TODAY, 7,
                new PageRequest(0, 10))).items().stream().map(SignificantDateView::contactPersonName).toList(),
                "Борис works for a customer the manager cannot see");
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayIsOnTheTwentyEighthInACommonYear() throws SQLException {
        birthday(anna, LocalDate.of(1988, 2, 29));
        login = "admin";

        List<SignificantDateView> common = call(() -> calendars.significantDates(LocalDate.of(2027, 2, 22), 7,
                new PageRequest(0, 10))).items();
        assertEquals(List.of(LocalDate.of(2027, 2, 28)), common.stream().map(SignificantDateView::date).toList());
        assertEquals(List.of(LocalDate.of(2028, 2, 29)), call(() -> calendars.significantDates(LocalDate.of(2028, 2, 29), 1,
                new PageRequest(0, 10))).items().stream().map(SignificantDateView::date).toList());
        assertEquals(0, call(() -> calendars.significantDates(LocalDate.of(2028, 2, 22), 7, new PageRequest(0, 10))).total(),
                "in a leap year the 28th is not the day");
    }

    @Test
    void significantDatesArePagedInDateOrderAcrossBothKindsAndYears() throws SQLException {
        birthday(anna, LocalDate.of(1980, 1, 2));
        birthday(boris, LocalDate.of(1975, 12, 29));
        call(() -> calendars.addSignificantDate(anna, new SignificantDateDraft("Годовщина", 31, 12, null)));
        call(() -> calendars.addSignificantDate(anna, new SignificantDateDraft("Рождество", 7, 1, null)));
        login = "admin";

        Page<SignificantDateView> second = call(() -> calendars.significantDates(TODAY, 14, new PageRequest(1, 2)));

        assertEquals(4, second.total());
        assertEquals(List.of(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 7)),
                second.items().stream().map(SignificantDateView::date).toList());
    }

    @Test
    void significantDatesAreKeptByThoseWhoMayChangeTheCustomer() {
        login = "manager2";
        assertThrows(RecordNotFoundException.class,
                () -> call(() -> calendars.addSignificantDate(anna, new SignificantDateDraft("x", 1, 1, null))));
        login = "manager";
        assertEquals(List.of("day"), assertThrows(InvalidRequestException.class,
                () -> call(() -> calendars.addSignificantDate(anna, new SignificantDateDraft("x", 30, 2, null))))
                .violations().stream().map(v -> v.field()).toList());
        long date = call(() -> calendars.addSignificantDate(anna, new SignificantDateDraft("День ангела", 15, 1, null)))
                .significantDateId();
        assertEquals(List.of("День ангела"), call(() -> calendars.significantDatesOf(anna)).stream()
                .map(SignificantDateView::name).toList());

        call(() -> {
            calendars.removeSignificantDate(date);
            return null;
        });

        assertEquals(List.of(), call(() -> calendars.significantDatesOf(anna)));
        assertTrue(audited.get(audited.size() - 1).startsWith("DELETE customer " + romashka + ": significant date"));
    }

    @Test
    void deletingAContactPersonKeepsTheirActivitiesAndDropsTheirDates() throws SQLException {
        long temporary = inTransaction(em -> person(em, romashka, "Временный Контакт"));
        long activity = call(draft("CALL", "Звонок", null, null, temporary, at(TODAY, 12, 0), null, null)).id();
        call(() -> calendars.addSignificantDate(temporary, new SignificantDateDraft("День ангела", 15, 1, null)));

        inTransaction(em -> {
            Counterparty customer = em.find(Counterparty.class, romashka);
            customer.removeContactPerson(em.find(ContactPerson.class, temporary));
            return null;
        });
        factory.getCache().evictAll();

        ActivityView kept = call(() -> activities.find(activity));
        assertNull(kept.contactPersonId());
        assertEquals(romashka, kept.customerId());
        try (Statement count = connection.createStatement();
             ResultSet dates = count.executeQuery("select count(*) from contact_significant_date")) {
            assertTrue(dates.next());
            assertEquals(0, dates.getInt(1));
        }
    }

    private ActivityView call(ActivityDraft draft) {
        return call(() -> activities.create(draft));
    }

    private Page<ActivityView> list(Long customerId, Long ownerId, ActivityStatus status) {
        return call(() -> activities.list(new ActivityQuery(customerId, ownerId, status), new PageRequest(0, 20)));
    }

    private static ActivityDraft draft(String kind, String subject, Long ownerId, Long customerId, Long personId,
                                       Instant startsAt, Instant endsAt, Instant dueAt) {
        return new ActivityDraft(kind, subject, null, ownerId, customerId, personId, null, startsAt, endsAt, dueAt,
                null, null);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(MOSCOW).toInstant();
    }

    private static List<Long> ids(Page<ActivityView> page) {
        return ids(page.items());
    }

    private static List<Long> ids(List<ActivityView> views) {
        return views.stream().map(ActivityView::id).toList();
    }

    private static List<Long> entryIds(List<CalendarEntry> entries) {
        return entries.stream().map(CalendarEntry::activityId).toList();
    }

    private static void birthday(long personId, LocalDate birthday) throws SQLException {
        try (Statement update = connection.createStatement()) {
            update.executeUpdate("update contact_person set birthday = date '" + birthday + "', birthday_mmdd = "
                    + (birthday.getMonthValue() * 100 + birthday.getDayOfMonth()) + " where id = " + personId);
        }
        factory.getCache().evictAll();
    }

    /** The scope CallerScope works out: grants by category, writes on one's own and the team's customers. */
    private static AccessScope scopeOf(String login) {
        long id = users.get(login);
        return switch (login) {
            case "admin" -> new AccessScope(id, login, Set.of(Role.ADMIN), true, Set.of(), true, Set.of(id), true);
            case "head" -> new AccessScope(id, login, Set.of(Role.SALES_HEAD), false, Set.of(key, dealers, shared), false,
                    Set.of(id, users.get("manager"), users.get("manager2")), true);
            case "manager" -> new AccessScope(id, login, Set.of(Role.SALES_MANAGER), false, Set.of(key, shared), false,
                    Set.of(id), true);
            case "manager2" -> new AccessScope(id, login, Set.of(Role.SALES_MANAGER), false, Set.of(dealers, shared), false,
                    Set.of(id), true);
            default -> new AccessScope(id, login, Set.of(Role.SUPPORT), false, new HashSet<>(Set.of(key)), false,
                    Set.of(id), false);
        };
    }

    /** One boundary call: a fresh persistence context in its own transaction, rolled back on failure. */
    private <T> T call(java.util.function.Supplier<T> work) {
        EntityManager em = factory.createEntityManager();
        current = em;
        activities.em = em;
        calendars.em = em;
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        try {
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static UserAccount user(EntityManager em, String login, Role role) {
        UserAccount user = new UserAccount(login, login + " " + role, "x", Set.of(role), NOW);
        em.persist(user);
        return user;
    }

    private static long category(EntityManager em, String code) {
        CustomerCategory category = new CustomerCategory(code, code, code);
        em.persist(category);
        em.flush();
        return category.id();
    }

    private static long customer(EntityManager em, String name, long categoryId, String curator) {
        Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, name,
                em.find(CustomerCategory.class, categoryId), NOW);
        customer.assignCurator(em.find(UserAccount.class, users.get(curator)));
        em.persist(customer);
        em.flush();
        return customer.id();
    }

    private static long person(EntityManager em, long customerId, String name) {
        ContactPerson person = em.find(Counterparty.class, customerId).addContactPerson(name, null, null);
        em.flush();
        return person.id();
    }
}

package ru.erp.crm.activity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.boundary.Activities;
import ru.erp.crm.activity.boundary.ActivityDraft;
import ru.erp.crm.activity.boundary.ActivityQuery;
import ru.erp.crm.activity.boundary.ActivityView;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;

class ActivitiesResourceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");

    private final ActivitiesResource resource = new ActivitiesResource();
    private ActivityQuery asked;
    private PageRequest askedPage;
    private Instant askedAt;
    private String outcome = "not asked";

    @BeforeEach
    void activities() {
        resource.activities = new Activities() {
            @Override
            public Page<ActivityView> list(ActivityQuery query, PageRequest page) {
                asked = query;
                askedPage = page;
                return Page.of(List.of(), 0, page);
            }

            @Override
            public List<ActivityView> dueReminders(Instant now) {
                askedAt = now;
                return List.of();
            }

            @Override
            public ActivityView complete(long id, String outcome) {
                ActivitiesResourceTest.this.outcome = outcome;
                return null;
            }
        };
        resource.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void filtersAndPagingReachTheBoundary() {
        resource.list(" 42 ", "7", "done", "1", "50");

        assertEquals(new ActivityQuery(42L, 7L, ActivityStatus.DONE), asked);
        assertEquals(new PageRequest(1, 50), askedPage);
        resource.list(null, "", null, null, null);
        assertEquals(new ActivityQuery(null, null, null), asked);
    }

    @Test
    void unreadableFiltersAndMissingBodiesAreRefusedNamingTheField() {
        assertEquals("status", field(() -> resource.list(null, null, "OPEN", null, null)));
        assertEquals("customerId", field(() -> resource.list("romashka", null, null, null, null)));
        assertEquals("owner", field(() -> resource.list(null, "manager", null, null, null)));
        assertEquals("body", field(() -> resource.create(null, null)));
        assertEquals("body", field(() -> resource.update(1, null, "3")));
    }

    @Test
    void anUpdateTakesTheVersionFromTheBodyOrElseIfMatch() {
        ActivityRequest withoutVersion = request(null);

        assertEquals(3L, ActivitiesResource.versionOf(withoutVersion, "W/\"3\""));
        assertEquals(4L, ActivitiesResource.versionOf(request(4L), "3"));
        assertEquals("version", field(() -> ActivitiesResource.versionOf(withoutVersion, null)));
    }

    @Test
    void theRequestBecomesTheDraftFieldByField() {
        assertEquals(new ActivityDraft("CALL", "Звонок", "о поставке", 2L, 5L, 6L, 8L, NOW, NOW.plusSeconds(60), null,
                NOW.minusSeconds(60), true), request(1L).toDraft());
    }

    @Test
    void theOutcomeOfCompletingMayBeLeftOut() {
        resource.complete(1, null);
        assertNull(outcome);
        resource.complete(1, new ActivitiesResource.CompleteRequest("Договорились"));
        assertEquals("Договорились", outcome);
    }

    @Test
    void remindersAreThoseDueNowInTheListShape() {
        Page<ActivityView> reminders = resource.reminders();

        assertEquals(NOW, askedAt);
        assertEquals(0, reminders.total());
    }

    private static ActivityRequest request(Long version) {
        return new ActivityRequest("CALL", "Звонок", "о поставке", 2L, 5L, 6L, 8L, NOW, NOW.plusSeconds(60), null,
                NOW.minusSeconds(60), true, version);
    }

    private static String field(Runnable call) {
        return assertThrows(InvalidRequestException.class, call::run).violations().get(0).field();
    }
}

package ru.erp.crm.sales.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.platform.testing.TestDatabase;
import ru.erp.crm.sales.entity.OpportunityState;
import ru.erp.crm.sales.entity.Outcome;
import ru.erp.crm.sales.entity.SalesStep;
import ru.erp.crm.sales.entity.StagePlan;
import ru.erp.crm.sales.entity.StepPlan;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * The pipeline boundaries against H2 in Oracle mode migrated by the product's scripts, with
 * EclipseLink; each call in a fresh persistence context and transaction. Security annotations are
 * the container's; the caller is given as CallerScope would work it out.
 */
class OpportunitiesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(MOSCOW).toInstant(), MOSCOW);

    private static TestDatabase database;

    private final Opportunities opportunities = new Opportunities();
    private final SalesModels models = new SalesModels();
    private final AssignmentRules rules = new AssignmentRules();
    private final List<String> audited = new ArrayList<>();
    private EntityManager current;
    private AccessScope scope;
    private long head;
    private long manager;
    private long manager2;
    private long key;
    private long hiddenCategory;
    private long romashka;
    private long vector;
    private long hidden;
    private SalesModelView model;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.migrated();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void company() {
        database.delete("audit_entry", "activity", "opportunity_stage_visit", "opportunity", "assignment_rule_member",
                "assignment_rule", "sales_step", "sales_stage", "sales_model", "counterparty", "crm_user_role",
                "crm_user", "customer_category");
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
                return scope;
            }

            @Override
            public UserAccount user() {
                return current.find(UserAccount.class, scope.userId());
            }
        };
        opportunities.audit = audit;
        opportunities.caller = caller;
        opportunities.clock = CLOCK;
        models.audit = audit;
        models.caller = caller;
        models.clock = CLOCK;
        rules.audit = audit;
        head = inTransaction(em -> user(em, "head", Role.SALES_HEAD, null));
        manager = inTransaction(em -> user(em, "manager", Role.SALES_MANAGER, head));
        manager2 = inTransaction(em -> user(em, "manager2", Role.SALES_MANAGER, head));
        key = inTransaction(em -> category(em, "KEY"));
        hiddenCategory = inTransaction(em -> category(em, "SECRET"));
        romashka = inTransaction(em -> customer(em, "ООО «Ромашка»", key, manager, "г. Москва"));
        vector = inTransaction(em -> customer(em, "ООО «Вектор»", key, null, "420111, г. Казань"));
        hidden = inTransaction(em -> customer(em, "ООО «Тайна»", hiddenCategory, manager, null));
        scope = headScope();
        model = call(() -> models.create(new SalesModelDraft("B2B", null, List.of(
                new StagePlan(null, "Квалификация", 10, null, List.of(
                        new StepPlan(null, "Выявить потребность", 2, SalesStep.CURATOR, true),
                        new StepPlan(null, "Согласовать бюджет", 0, "SALES_HEAD", false))),
                new StagePlan(null, "Презентация", 30, null, List.of(
                        new StepPlan(null, "Провести презентацию", 5, SalesStep.CURATOR, false))),
                new StagePlan(null, "Договор", 90, null, List.of()),
                new StagePlan(null, "Выиграна", 100, Outcome.WON, List.of()),
                new StagePlan(null, "Проиграна", 0, Outcome.LOST, List.of())))));
        audited.clear();
        scope = managerScope(manager, "manager");
    }

    @Test
    void openingNumbersItOnTheFirstStageWithTheCustomersCuratorAndPlansTheStagesTasks() {
        OpportunityView opened = open(romashka, null);

        assertEquals(String.format("OPP-%06d", opened.id()), opened.number());
        assertEquals(List.of("Квалификация", "manager", OpportunityState.OPEN), List.of(opened.stageName(),
                opened.curator(), opened.state()));
        assertEquals(new BigDecimal("50000.00"), opened.weightedAmount());
        OpportunityCard card = call(() -> opportunities.card(opened.id()));
        assertEquals(List.of("Выявить потребность:manager:" + due(2), "Согласовать бюджет:head:" + due(0)),
                card.actionPlan().stream().map(task -> task.title() + ":" + task.owner() + ":" + task.dueAt()).toList(),
                "the head does the SALES_HEAD step");
        assertEquals(List.of("Выявить потребность"), card.undoneBlockingSteps());
        assertEquals(List.of(true, false, false, false, false), card.stages().stream().map(OpportunityCard.Stage::current)
                .toList());
        assertTrue(audited.contains("CREATE opportunity " + opened.id() + ": opportunity " + opened.number()
                + " «Поставка» opened on stage «Квалификация»"));
        assertTrue(audited.contains("CREATE customer " + romashka + ": opportunity " + opened.number()
                + " «Поставка» opened on stage «Квалификация»"), "on the customer's timeline");
    }

    @Test
    void aCustomerWithoutCuratorGetsTheLeastLoadedPoolMemberAndTheyAreNotified() {
        scope = headScope();
        call(() -> rules.create(new AssignmentRuleDraft(1, key, "казань", null, List.of(manager, manager2))));
        open(romashka, null);

        OpportunityView first = open(vector, null);
        OpportunityView second = open(vector, null);

        assertEquals("manager2", first.curator(), "manager has one open already");
        assertEquals("manager", second.curator(), "equal load: the turn after manager2");
        List<String> notices = subjects(manager2).stream().filter(s -> s.startsWith("Вам передана")).toList();
        assertEquals(List.of("Вам передана сделка " + first.number() + " «Поставка»"), notices);
    }

    @Test
    void aCustomerTheCallerCannotSeeIsNotFoundAndOneTheyCannotChangeIsForbidden() {
        assertThrows(RecordNotFoundException.class, () -> open(hidden, null));
        scope = managerScope(manager2, "manager2");
        assertThrows(ForbiddenOperationException.class, () -> open(romashka, null));
        assertThrows(ForbiddenOperationException.class, () -> open(vector, manager), "not theirs to hand out");
        assertEquals(0, database.count("opportunity"));
        assertEquals(0, database.count("activity"));
    }

    @Test
    void anUndoneBlockingStepStopsTheMoveAndNamesTheStepThenItsTaskDoneLetsItGo() {
        OpportunityView opened = open(romashka, null);
        long presentation = model.stages().get(1).id();

        RuleViolationException blocked = assertThrows(RuleViolationException.class,
                () -> call(() -> opportunities.moveTo(opened.id(), opened.version(), presentation, null)));
        assertEquals("crm.rule.opportunity.blockingSteps", blocked.messageKey());
        assertEquals(List.of("Квалификация", "«Выявить потребность»"), blocked.arguments());
        assertEquals("Квалификация", call(() -> opportunities.find(opened.id())).stageName(), "nothing changed");

        completeTask(opened.id(), "Выявить потребность");
        OpportunityView moved = call(() -> opportunities.moveTo(opened.id(), opened.version(), presentation, null));

        assertEquals("Презентация", moved.stageName());
        assertThrows(StaleVersionException.class,
                () -> call(() -> opportunities.moveTo(opened.id(), opened.version(), model.stages().get(0).id(), "x")));
        OpportunityCard card = call(() -> opportunities.card(opened.id()));
        assertEquals(List.of("Квалификация", "Презентация"), card.history().stream()
                .map(OpportunityCard.Visit::stageName).toList());
        assertEquals(List.of(ActivityStatus.DONE, ActivityStatus.PLANNED, ActivityStatus.PLANNED),
                card.actionPlan().stream().map(OpportunityCard.PlanTask::status).toList());
        assertEquals("Провести презентацию", card.actionPlan().get(2).title());
    }

    @Test
    void wonAndLostNeedAReasonOfTheirKindAndClosedOnesStayClosed() {
        OpportunityView opened = open(romashka, null);
        completeTask(opened.id(), "Выявить потребность");
        scope = headScope();
        OpportunityView contract = call(() -> opportunities.moveTo(opened.id(), opened.version(),
                model.stages().get(2).id(), null));
        assertEquals("Договор", contract.stageName(), "a head skips stages, blocking steps permitting");
        long price = reason("PRICE");

        assertEquals("reasonId", assertThrows(InvalidRequestException.class, () -> call(() -> opportunities.win(opened.id(),
                contract.version(), price, null))).violations().get(0).field(), "a LOST reason does not win");
        OpportunityView won = call(() -> opportunities.win(opened.id(), contract.version(), reason("PRICE_QUALITY"), "ok"));

        assertEquals(List.of(OpportunityState.WON, "Выиграна", "PRICE_QUALITY"), List.of(won.state(), won.stageName(),
                won.closeReasonCode()));
        assertThrows(RuleViolationException.class, () -> call(() -> opportunities.lose(opened.id(), won.version(), price, null)));
        assertEquals(List.of("LOST"), call(() -> opportunities.closeReasons(Outcome.LOST)).stream()
                .map(r -> r.outcome().name()).distinct().toList());
    }

    @Test
    void thePipelineListsByCuratorStageStateAndThoseWithoutANextStep() {
        OpportunityView first = open(romashka, null);
        OpportunityView second = open(romashka, null);
        call(() -> opportunities.lose(second.id(), second.version(), reason("NO_BUDGET"), null));
        inTransaction(em -> {
            em.createQuery("select a from Activity a where a.opportunityId = :o", Activity.class)
                    .setParameter("o", first.id()).getResultList().forEach(Activity::cancel);
            return null;
        });
        OpportunityView third = open(romashka, null);

        assertEquals(List.of(first.id(), third.id()), ids(new OpportunityQuery(manager, null, OpportunityState.OPEN, null, false)));
        assertEquals(List.of(second.id()), ids(new OpportunityQuery(null, null, OpportunityState.LOST, romashka, false)));
        assertEquals(List.of(first.id(), third.id()), ids(new OpportunityQuery(null, model.stages().get(0).id(), null, null, false)));
        assertEquals(List.of(first.id()), ids(new OpportunityQuery(null, null, null, null, true)));
        assertEquals(List.of(first.id()), call(() -> opportunities.withoutNextStep(new PageRequest(0, 5))).items()
                .stream().map(OpportunityView::id).toList(), "the caller's own, for the start page");
        scope = headScope();
        assertEquals(List.of(), call(() -> opportunities.withoutNextStep(new PageRequest(0, 5))).items(),
                "the head curates none of them");
        scope = new AccessScope(manager2, "manager2", Set.of(Role.SALES_MANAGER), false, Set.of(hiddenCategory), false,
                Set.of(manager2), true);
        assertEquals(List.of(), ids(new OpportunityQuery(null, null, null, null, false)), "no visible customers");
    }

    @Test
    void handingOverIsAuditedAndTheNewCuratorNotified() {
        OpportunityView opened = open(romashka, null);
        assertThrows(ForbiddenOperationException.class,
                () -> call(() -> opportunities.reassign(opened.id(), opened.version(), manager2)));
        scope = headScope();

        OpportunityView handed = call(() -> opportunities.reassign(opened.id(), opened.version(), manager2));

        assertEquals("manager2", handed.curator());
        assertTrue(audited.contains("UPDATE opportunity " + opened.id() + ": opportunity " + opened.number()
                + " «Поставка» handed over from manager to manager2"));
        assertEquals(List.of("Вам передана сделка " + opened.number() + " «Поставка»"), subjects(manager2));
    }

    @Test
    void aTemplateKeepsItsStagesThroughARevisionButAStageInUseIsNotDropped() {
        OpportunityView opened = open(romashka, null);
        scope = headScope();
        List<SalesModelView.Stage> stages = model.stages();
        List<StagePlan> withoutQualification = List.of(
                new StagePlan(stages.get(1).id(), "Демонстрация", 30, null, List.of()),
                new StagePlan(stages.get(2).id(), "Договор", 90, null, List.of()),
                new StagePlan(stages.get(3).id(), "Выиграна", 100, Outcome.WON, List.of()),
                new StagePlan(stages.get(4).id(), "Проиграна", 0, Outcome.LOST, List.of()));

        ConflictException conflict = assertThrows(ConflictException.class, () -> call(() -> models.update(model.id(),
                model.version(), new SalesModelDraft("B2B", true, withoutQualification))));
        assertEquals(stages.get(0).id(), conflict.existingId());

        List<StagePlan> reordered = new ArrayList<>(withoutQualification);
        reordered.add(1, new StagePlan(stages.get(0).id(), "Квалификация лида", 10, null, List.of()));
        SalesModelView revised = call(() -> models.update(model.id(), model.version(),
                new SalesModelDraft("B2B", true, reordered)));

        assertEquals(List.of("Демонстрация", "Квалификация лида", "Договор", "Выиграна", "Проиграна"),
                revised.stages().stream().map(SalesModelView.Stage::name).toList());
        assertEquals(stages.get(0).id(), revised.stages().get(1).id());
        assertEquals("Квалификация лида", call(() -> opportunities.find(opened.id())).stageName());
        assertNotEquals(model.version(), revised.version());
    }

    private OpportunityView open(long customerId, Long curatorId) {
        return call(() -> opportunities.open(new OpportunityDraft("Поставка", customerId, null, null, curatorId,
                new BigDecimal("500000"), null, TODAY.plusMonths(2), null)));
    }

    private List<Long> ids(OpportunityQuery query) {
        return call(() -> opportunities.list(query, new PageRequest(0, 20))).items().stream()
                .map(OpportunityView::id).toList();
    }

    private List<String> subjects(long owner) {
        return inTransaction(em -> em.createQuery("select a.subject from Activity a where a.owner.id = :owner order by a.id",
                String.class).setParameter("owner", owner).getResultList());
    }

    private void completeTask(long opportunityId, String subject) {
        inTransaction(em -> {
            em.createQuery("select a from Activity a where a.opportunityId = :o and a.subject = :s", Activity.class)
                    .setParameter("o", opportunityId).setParameter("s", subject).getSingleResult()
                    .complete(null, CLOCK.instant());
            return null;
        });
    }

    private long reason(String code) {
        return inTransaction(em -> em.createQuery("select r.id from CloseReason r where r.code = :code", Long.class)
                .setParameter("code", code).getSingleResult());
    }

    private static Instant due(int days) {
        return TODAY.plusDays(days).atTime(23, 59).atZone(MOSCOW).toInstant();
    }

    private AccessScope headScope() {
        return new AccessScope(head, "head", Set.of(Role.SALES_HEAD), false, Set.of(key), false,
                Set.of(head, manager, manager2), true);
    }

    private AccessScope managerScope(long id, String login) {
        return new AccessScope(id, login, Set.of(Role.SALES_MANAGER), false, Set.of(key), false, Set.of(id), true);
    }

    private <T> T call(java.util.function.Supplier<T> work) {
        return database.call(em -> {
            current = em;
            opportunities.em = em;
            models.em = em;
            rules.em = em;
        }, em -> work.get());
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return database.call(em -> { }, work);
    }

    private static long user(EntityManager em, String login, Role role, Long headId) {
        UserAccount user = new UserAccount(login, login, "x", Set.of(role), CLOCK.instant());
        if (headId != null) {
            user.joinTeamOf(em.find(UserAccount.class, headId));
        }
        em.persist(user);
        em.flush();
        return user.id();
    }

    private static long category(EntityManager em, String code) {
        CustomerCategory category = new CustomerCategory(code, code, code);
        em.persist(category);
        em.flush();
        return category.id();
    }

    private static long customer(EntityManager em, String name, long categoryId, Long curatorId, String address) {
        Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, name,
                em.find(CustomerCategory.class, categoryId), CLOCK.instant());
        customer.changeAddresses(address, null);
        if (curatorId != null) {
            customer.assignCurator(em.find(UserAccount.class, curatorId));
        }
        em.persist(customer);
        em.flush();
        return customer.id();
    }
}

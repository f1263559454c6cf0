package ru.erp.crm.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.activity.entity.SignificantDate;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/** The demo calendar on H2 migrated by the product's scripts, around a fixed day. */
class DemoActivitiesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 30);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(8, 0).atZone(MOSCOW).toInstant(), MOSCOW);

    private EntityManagerFactory factory;
    private final List<String> audited = new ArrayList<>();
    private final AuditTrail audit = new AuditTrail() {
        @Override
        public void record(AuditAction action, String entity, Object entityId, String summary,
                           Map<String, ?> before, Map<String, ?> after) {
            audited.add(summary);
        }
    };

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("crm");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        factory = Persistence.createEntityManagerFactory("crm", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", h2));
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void theManagersWeekAroundTheDayOfLoading() {
        inTransaction(em -> customers(em, DemoActivities.CUSTOMERS_USED));

        int loaded = inTransaction(em -> DemoActivities.load(em, audit, CLOCK));
        assertEquals(7, loaded);

        List<Activity> activities = inTransaction(em -> em.createQuery("select a from Activity a order by a.calendarAt",
                Activity.class).getResultList());
        Instant now = CLOCK.instant();
        assertEquals(1, activities.stream().filter(a -> a.overdue(now)).count(), "the task two days late");
        assertEquals(1, activities.stream().filter(a -> a.status() == ActivityStatus.DONE).count());
        assertTrue(activities.stream().allMatch(a -> "manager".equals(a.owner().login()) && a.customer().isPresent()));
        assertEquals(3, activities.stream().filter(a -> a.calendarAt().atZone(MOSCOW).toLocalDate().equals(TODAY)).count());
        assertTrue(activities.stream().anyMatch(a -> a.calendarAt().atZone(MOSCOW).toLocalDate().equals(TODAY.plusDays(7))));
        assertEquals(List.of("7 demo activities of manager"), audited);

        List<LocalDate> birthdays = inTransaction(em -> em.createQuery(
                "select p.birthday from ContactPerson p where p.birthday is not null order by p.birthdayMmdd",
                LocalDate.class).getResultList());
        assertEquals(List.of(LocalDate.of(1985, 1, 1), LocalDate.of(1979, 1, 4)), birthdays,
                "in two and five days, across the year end");
        assertEquals(LocalDate.of(2027, 1, 2), inTransaction(em -> em.createQuery("select d from SignificantDate d",
                SignificantDate.class).getSingleResult().occurrenceIn(2027)));
    }

    @Test
    void nothingIsLoadedWithoutTheDemoManagersCustomers() {
        inTransaction(em -> customers(em, DemoActivities.CUSTOMERS_USED - 1));

        int loaded = inTransaction(em -> DemoActivities.load(em, audit, CLOCK));
        long stored = inTransaction(em -> em.createQuery("select count(a) from Activity a", Long.class).getSingleResult());

        assertEquals(0, loaded);
        assertEquals(0, stored);
    }

    private static Void customers(EntityManager em, int count) {
        UserAccount manager = new UserAccount("manager", "Петров Сергей", "x", Set.of(Role.SALES_MANAGER), Instant.EPOCH);
        em.persist(manager);
        CustomerCategory key = new CustomerCategory("KEY", "Ключевые", "Key");
        em.persist(key);
        for (int i = 0; i < count; i++) {
            Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Клиент " + i + "»", key, Instant.EPOCH);
            customer.assignCurator(manager);
            customer.addContactPerson("Контакт " + i, null, null);
            em.persist(customer);
        }
        return null;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
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
}

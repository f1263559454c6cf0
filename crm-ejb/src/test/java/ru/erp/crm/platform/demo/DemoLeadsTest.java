package ru.erp.crm.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.testing.TestDatabase;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/** The demo leads on H2 migrated by the product's scripts. */
class DemoLeadsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.migrated();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void leadsInEveryWorkingStateTheQualifiedOneResemblingManagersCustomer() {
        assertEquals(0, (int) database.call(em -> { }, em -> DemoLeads.load(em, CLOCK)), "no demo managers, no leads");
        long customer = database.call(em -> { }, em -> {
            UserAccount manager = new UserAccount("manager", "manager", "x", Set.of(Role.SALES_MANAGER), CLOCK.instant());
            em.persist(manager);
            em.persist(new UserAccount("manager2", "manager2", "x", Set.of(Role.SALES_MANAGER), CLOCK.instant()));
            CustomerCategory key = new CustomerCategory("KEY", "KEY", "KEY");
            em.persist(key);
            Counterparty known = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»", key, CLOCK.instant());
            known.changeRequisites("7707083893", "770701001", null);
            known.assignCurator(manager);
            em.persist(known);
            em.flush();
            return known.id();
        });

        assertEquals(5, (int) database.call(em -> { }, em -> DemoLeads.load(em, CLOCK)));

        List<String> leads = database.call(em -> { }, em -> em.createQuery("select l from Lead l order by l.createdAt desc",
                Lead.class).getResultStream().map(l -> l.status() + " " + l.curator().map(UserAccount::login).orElse("-")
                + " " + l.duplicateSummary()).toList());
        assertEquals(List.of("NEW - null", "NEW - null", "IN_PROGRESS manager null",
                "QUALIFIED manager customer #" + customer + " INN", "DISQUALIFIED manager2 null"), leads);
    }
}

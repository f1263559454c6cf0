package ru.erp.crm.sales.boundary;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.erp.crm.customer.boundary.CustomerAssembler;
import ru.erp.crm.customer.boundary.CustomerBeans;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.exchange.boundary.ExchangeBeans;
import ru.erp.crm.exchange.boundary.ExchangeInbox;
import ru.erp.crm.exchange.boundary.Outbox;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.testing.TestDatabase;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * One {@link TestDatabase} for the sales boundary tests, with the boundaries wired as the
 * container would wire them (one persistence context per call, shared by every bean of the
 * call). The audit trail records what it was told; the caller's scope is whatever the test acts as.
 */
final class SalesDatabase {

    private static SalesDatabase shared;

    private final TestDatabase database = TestDatabase.migrated();
    private final List<String> audited = new ArrayList<>();
    private AccessScope scope;
    private long manager;
    private long manager2;

    final SalesOrders orders = new SalesOrders();
    final Proposals proposals = new Proposals();
    final PaymentPlans plans = new PaymentPlans();
    final OrderExchanges exchanges = new OrderExchanges();
    final Outbox outbox = new Outbox();
    final ExchangeInbox inbox = new ExchangeInbox();
    private final CustomerAssembler assembler = new CustomerAssembler();

    private SalesDatabase() {
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
        };
        orders.audit = audit;
        orders.caller = caller;
        orders.outbox = outbox;
        proposals.audit = audit;
        plans.audit = audit;
        plans.caller = caller;
        proposals.caller = caller;
        proposals.orders = orders;
        exchanges.audit = audit;
        exchanges.outbox = outbox;
        exchanges.inbox = inbox;
        exchanges.assembler = assembler;
    }

    /** The database outlives a test class: migrating and starting EclipseLink is the slow part. */
    static synchronized SalesDatabase shared() {
        if (shared == null) {
            shared = new SalesDatabase();
        }
        return shared;
    }

    /** Empties what the tests write and creates the users manager and manager2 again. */
    void reset() {
        database.delete("payment_plan_entry", "payment_plan", "proposal_line", "proposal_version", "proposal", "activity", "opportunity_stage_visit",
                "opportunity", "sales_step", "sales_stage", "sales_model", "outbox_entry", "exchange_inbox_key", "sales_order_event", "sales_order_line", "sales_order",
                "payment_allocation", "payment", "invoice", "product_price", "product_search_key", "product",
                "price_type", "external_id", "contact_point", "contact_person", "bank_account", "counterparty_role",
                "counterparty_tag", "counterparty", "crm_user_role", "crm_user");
        database.execute("delete from customer_category where code <> 'FROM_1C'");
        audited.clear();
        manager = user("manager");
        manager2 = user("manager2");
    }

    long manager() {
        return manager;
    }

    long manager2() {
        return manager2;
    }

    /** A sales manager who sees KEY and FROM_1C and changes the customers they curate. */
    AccessScope managerScope() {
        Set<Long> categories = Set.of(category("KEY"), category("FROM_1C"));
        return new AccessScope(manager, "manager", Set.of(Role.SALES_MANAGER), false, categories, false,
                Set.of(manager), true);
    }

    /** FINANCE sees every category and changes no customer. */
    AccessScope financeScope() {
        return new AccessScope(0L, "finance", Set.of(Role.FINANCE), true, Set.of(), false, Set.of(), false);
    }

    AccessScope adminScope() {
        return new AccessScope(0L, "admin", Set.of(Role.ADMIN), true, Set.of(), true, Set.of(), true);
    }

    void actAs(AccessScope caller) {
        this.scope = caller;
    }

    List<String> audited() {
        return List.copyOf(audited);
    }

    long customer(String categoryCode, String name, String inn, String kpp, Long curatorId) {
        return call(em -> {
            Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, name, categoryOf(em, categoryCode),
                    Instant.now());
            customer.changeRequisites(inn, kpp, null);
            customer.changeAddresses("г. Москва, ул. Ленина, д. 1", null);
            if (curatorId != null) {
                customer.assignCurator(em.find(UserAccount.class, curatorId));
            }
            em.persist(customer);
            em.flush();
            return customer.id();
        });
    }

    long count(String table) {
        return database.count(table);
    }

    /** One boundary call, every bean of it on the call's persistence context. */
    <T> T call(Function<EntityManager, T> work) {
        return database.call(em -> {
            orders.em = em;
            proposals.em = em;
            plans.em = em;
            exchanges.em = em;
            ExchangeBeans.useEntityManager(em, outbox);
            ExchangeBeans.useEntityManager(em, inbox);
            CustomerBeans.useEntityManager(em, assembler);
        }, work);
    }

    private long category(String code) {
        return call(em -> categoryOf(em, code).id());
    }

    private long user(String login) {
        return call(em -> {
            UserAccount user = new UserAccount(login, login, "x", Set.of(Role.SALES_MANAGER), Instant.now());
            em.persist(user);
            em.flush();
            return user.id();
        });
    }

    private static CustomerCategory categoryOf(EntityManager em, String code) {
        return em.createQuery("select c from CustomerCategory c where c.code = :code", CustomerCategory.class)
                .setParameter("code", code).getResultStream().findFirst().orElseGet(() -> {
                    CustomerCategory created = new CustomerCategory(code, code, code);
                    em.persist(created);
                    em.flush();
                    return created;
                });
    }
}

package ru.erp.crm.sales.boundary;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import ru.erp.crm.customer.boundary.ContactPersons;
import ru.erp.crm.customer.boundary.CustomerAssembler;
import ru.erp.crm.customer.boundary.CustomerBeans;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPurpose;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.testing.TestDatabase;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * One {@link TestDatabase} for the lead boundary tests, with Leads, LeadImports and the customer
 * boundaries they call wired as the container would (one persistence context per call). Users:
 * head with manager and manager2 in the team, admin, marketer; the sales users see the KEY
 * category. Opportunities are a tiny stand-in for the port: it hands out ids and remembers calls.
 */
final class LeadsDatabase {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static LeadsDatabase shared;

    private final TestDatabase database = TestDatabase.migrated();
    private final List<String> audited = new ArrayList<>();
    private final Map<String, Long> users = new HashMap<>();
    private final List<String> opened = new ArrayList<>();
    private EntityManager current;
    private String login;
    private long key;

    final Leads leads = new Leads();
    final LeadImports imports = new LeadImports();
    private final Customers customers = new Customers();
    private final ContactPersons contactPersons = new ContactPersons();
    private final CustomerAssembler assembler = new CustomerAssembler();
    private final AuditTrail audit = new AuditTrail() {
        @Override
        public void record(AuditAction action, String entity, Object entityId, String summary,
                           Map<String, ?> before, Map<String, ?> after) {
            audited.add(action + " " + entity + " " + entityId + ": " + summary);
        }
    };
    private final CallerScope caller = new CallerScope() {
        @Override
        public AccessScope scope() {
            return scopeOf(login);
        }

        @Override
        public UserAccount user() {
            return current.find(UserAccount.class, users.get(login));
        }
    };

    private LeadsDatabase() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        leads.audit = audit;
        leads.caller = caller;
        leads.customers = customers;
        leads.contactPersons = contactPersons;
        leads.clock = clock;
        leads.opportunities = (leadId, customerId, contactPersonId, title, amount, curatorLogin) -> {
            opened.add(leadId + " " + customerId + " " + contactPersonId + " " + title + " " + amount + " " + curatorLogin);
            return 9000L + opened.size();
        };
        imports.audit = audit;
        imports.caller = caller;
        imports.clock = clock;
    }

    static synchronized LeadsDatabase shared() {
        if (shared == null) {
            shared = new LeadsDatabase();
        }
        return shared;
    }

    /** Empties what the tests write, creates the users again and acts as manager. */
    void reset() {
        database.delete("lead_import_row", "sales_lead", "lead_import", "contact_point", "contact_person",
                "counterparty_role", "counterparty_tag", "counterparty", "crm_user_role", "crm_user");
        database.execute("delete from customer_category where code <> 'FROM_1C'");
        audited.clear();
        opened.clear();
        users.clear();
        long head = user("head", Role.SALES_HEAD, null);
        user("manager", Role.SALES_MANAGER, head);
        user("manager2", Role.SALES_MANAGER, head);
        user("admin", Role.ADMIN, null);
        user("marketer", Role.MARKETER, null);
        key = call(() -> category("KEY"));
        login = "manager";
    }

    void actAs(String login) {
        this.login = login;
    }

    long userId(String login) {
        return users.get(login);
    }

    List<String> audited() {
        return List.copyOf(audited);
    }

    void forgetAudit() {
        audited.clear();
    }

    List<String> opened() {
        return List.copyOf(opened);
    }

    long count(String table) {
        return database.count(table);
    }

    /** A KEY customer curated by {@code curator}, with a phone of its own and a contact person. */
    long customer(String name, String inn, String kpp, String curator, String phone, String person, String personEmail) {
        return call(() -> {
            Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, name,
                    current.find(CustomerCategory.class, key), NOW);
            customer.changeRequisites(inn, kpp, null);
            customer.assignCurator(current.find(UserAccount.class, users.get(curator)));
            if (phone != null) {
                customer.replaceOwnContactPoints(List.of(new ContactDetails(ContactKind.PHONE, ContactPurpose.WORK, phone, null, null)));
            }
            current.persist(customer);
            if (person != null) {
                customer.addContactPerson(person, null, null).replaceContactPoints(
                        List.of(new ContactDetails(ContactKind.EMAIL, ContactPurpose.WORK, personEmail, null, null)));
            }
            current.flush();
            return customer.id();
        });
    }

    /** One boundary call as the current user. */
    <T> T call(Supplier<T> work) {
        return database.call(em -> {
            current = em;
            leads.em = em;
            imports.em = em;
            CustomerBeans.wire(em, caller, audit, customers, contactPersons, assembler);
        }, em -> work.get());
    }

    <T> T query(Function<EntityManager, T> work) {
        return database.call(em -> current = em, work);
    }

    private long category(String code) {
        CustomerCategory category = new CustomerCategory(code, code, code);
        current.persist(category);
        current.flush();
        return category.id();
    }

    private long user(String login, Role role, Long head) {
        long id = call(() -> {
            UserAccount user = new UserAccount(login, login, "x", Set.of(role), NOW);
            if (head != null) {
                user.joinTeamOf(current.find(UserAccount.class, head));
            }
            current.persist(user);
            current.flush();
            return user.id();
        });
        users.put(login, id);
        return id;
    }

    /** As CallerScope works it out: sales users see KEY; heads change their team's records. */
    private AccessScope scopeOf(String login) {
        long id = users.get(login);
        Role role = switch (login) {
            case "head" -> Role.SALES_HEAD;
            case "admin" -> Role.ADMIN;
            case "marketer" -> Role.MARKETER;
            default -> Role.SALES_MANAGER;
        };
        Set<Long> writable = new HashSet<>(Set.of(id));
        if (role == Role.SALES_HEAD) {
            writable.add(users.get("manager"));
            writable.add(users.get("manager2"));
        }
        boolean admin = role == Role.ADMIN;
        return new AccessScope(id, login, Set.of(role), admin, Set.of(key), admin, writable, role != Role.MARKETER);
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}

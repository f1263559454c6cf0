package ru.erp.crm.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import ru.erp.crm.customer.entity.BankAccountDetails;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.ContactPurpose;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.customer.entity.CustomerRole;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.Outbox;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.ExchangeChannel;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.database.SchemaMigration;
import ru.erp.crm.sales.control.OrderAccess;
import ru.erp.crm.sales.control.OrderHistory;
import ru.erp.crm.sales.control.OrderOutbox;
import ru.erp.crm.sales.entity.OrderEventKind;
import ru.erp.crm.sales.entity.OrderLineTerms;
import ru.erp.crm.sales.entity.OrderSource;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.security.control.PasswordHasher;
import ru.erp.crm.security.entity.CategoryGrant;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Loads the demo company once when {@code CRM_DEMO_DATA=true} (the embedded default): the eight
 * demo users with password {@code demo}, four categories granted so that manager and manager2
 * see different customers, {@value #CUSTOMERS} customers with contacts, the enabled 1C site
 * channel {@value #DEMO_CHANNEL} (login {@code erp1c}, password {@code demo}), the enabled
 * logistics channel {@value #LOGISTICS_CHANNEL} on the queue {@value #LOGISTICS_QUEUE}, manager's
 * activities and some contact persons' birthdays around the day of loading, and two orders of one of
 * manager's customers (a draft, and a confirmed one waiting for 1C and logistics), and leads in every
 * working state ({@link DemoLeads}). Marker rows make
 * restarts skip what was loaded. Without demo data, {@code CRM_ADMIN_PASSWORD} creates the first admin.
 */
@Singleton
@Startup
public class DemoData {

    static final int CUSTOMERS = 240;
    private static final String MARKER = "demo.loaded";
    private static final String CHANNEL_MARKER = "demo.channel.loaded";
    private static final String ACTIVITIES_MARKER = "demo.activities.loaded";
    private static final String ORDERS_MARKER = "demo.orders.loaded";
    private static final String SALES_MODEL_MARKER = "demo.salesModel.loaded";
    private static final String LEADS_MARKER = "demo.leads.loaded";
    static final String DEMO_CHANNEL = "1c-site";
    private static final String LOGISTICS_MARKER = "demo.logistics.loaded";
    static final String LOGISTICS_CHANNEL = "logistics";
    /** The physical queue shipment requests go to, as the EAR's glassfish-resources.xml declares it. */
    static final String LOGISTICS_QUEUE = "CrmShipmentRequests";
    private static final String DEMO_LOGIN = "erp1c";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    SchemaMigration schema;

    @EJB
    AuditTrail audit;

    @EJB
    Outbox outbox;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void load() {
        // Calling the migration singleton makes the container initialise it first.
        String schemaVersion = schema.version();
        if ("true".equalsIgnoreCase(System.getenv("CRM_DEMO_DATA"))) {
            if (loadOnce(MARKER, this::loadDemoCompany)) {
                LOG.info("Demo data loaded (schema " + schemaVersion + ")");
            }
            // A marker of its own: databases whose demo company was loaded before channels existed get it too.
            loadOnce(CHANNEL_MARKER, this::loadDemoChannel);
            loadOnce(LOGISTICS_MARKER, this::loadLogisticsChannel);
            // Days and hours relative to the day of loading: a fresh start shows today's calendar.
            loadOnce(ACTIVITIES_MARKER, () -> DemoActivities.load(em, audit, Clock.systemDefaultZone()));
            loadOnce(ORDERS_MARKER, this::loadDemoOrders);
            loadOnce(SALES_MODEL_MARKER, () -> DemoSalesModel.load(em, audit, Instant.now()));
            loadOnce(LEADS_MARKER, () -> LOG.info(DemoLeads.load(em, Clock.systemUTC()) + " demo leads loaded"));
        } else {
            createFirstAdmin();
        }
    }

    /** Runs {@code load} unless its marker row says it ran before; true when it ran now. */
    private boolean loadOnce(String marker, Runnable load) {
        if (!em.createNativeQuery("select count(*) from app_setting where name = ?1").setParameter(1, marker)
                .getSingleResult().toString().equals("0")) {
            return false;
        }
        load.run();
        em.createNativeQuery("insert into app_setting (name, setting_value) values (?1, ?2)")
                .setParameter(1, marker).setParameter(2, Instant.now().toString()).executeUpdate();
        return true;
    }

    /**
     * The channel the demo 1C base exchanges with: login erp1c, password demo, CommerceML in
     * windows-1251. A channel someone already created with this code or login is left as it is.
     */
    private void loadDemoChannel() {
        boolean taken = em.createNamedQuery(ExchangeChannel.BY_CODE, ExchangeChannel.class)
                .setParameter("code", DEMO_CHANNEL).getResultStream().findFirst().isPresent()
                || em.createNamedQuery(ExchangeChannel.BY_LOGIN, ExchangeChannel.class)
                .setParameter("login", DEMO_LOGIN).getResultStream().findFirst().isPresent();
        if (taken) {
            return;
        }
        ExchangeChannel channel = new ExchangeChannel(DEMO_CHANNEL, "1С: обмен с сайтом", ChannelKind.ONE_C_SITE,
                Instant.now());
        channel.readFiles(Charset.forName("windows-1251"), ExchangeChannel.DEFAULT_FILE_LIMIT_BYTES, true);
        channel.treatCatalogues(CatalogueMode.FILE_DECIDES);
        channel.changeCredentials(DEMO_LOGIN, "demo".toCharArray());
        channel.enable();
        em.persist(channel);
        em.flush();
        audit.record(AuditAction.CREATE, Channels.ENTITY, channel.id(), channel.code() + " (demo)", null, channel.snapshot());
        LOG.info("Demo 1C site channel '" + DEMO_CHANNEL + "' created");
    }

    /**
     * The channel of the logistics exchange over JMS: shipment requests go to the queue it names,
     * statuses are journaled under its code. A channel someone already created with this code is
     * left as it is.
     */
    private void loadLogisticsChannel() {
        if (em.createNamedQuery(ExchangeChannel.BY_CODE, ExchangeChannel.class).setParameter("code", LOGISTICS_CHANNEL)
                .getResultStream().findFirst().isPresent()) {
            return;
        }
        ExchangeChannel channel = new ExchangeChannel(LOGISTICS_CHANNEL, "Логистика: отгрузки", ChannelKind.LOGISTICS_QUEUE,
                Instant.now());
        channel.changeLocation(null, LOGISTICS_QUEUE);
        channel.enable();
        em.persist(channel);
        em.flush();
        audit.record(AuditAction.CREATE, Channels.ENTITY, channel.id(), channel.code() + " (demo)", null, channel.snapshot());
        LOG.info("Demo logistics channel '" + LOGISTICS_CHANNEL + "' created");
    }

    /**
     * Two orders of manager's first demo customer, with free lines: a draft, and a confirmed one
     * waiting in the outbox, so 1C's first sale query on a demo start has an order to take.
     */
    private void loadDemoOrders() {
        Counterparty customer = em.createQuery("select c from Counterparty c where c.curator.login = 'manager'"
                + " order by c.id", Counterparty.class).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (customer == null) {
            return;
        }
        Instant now = Instant.now();
        OrderHistory history = new OrderHistory(em, audit);
        SalesOrder draft = demoOrder(customer, "Черновик: уточнить сроки", List.of(
                OrderLineTerms.priced(null, null, null, "Монтаж оборудования", null, "услуга", BigDecimal.ONE,
                        new BigDecimal("15000.00"), null, new BigDecimal("20"))), now);
        history.record(draft, OrderEventKind.CREATED, "system", "demo draft", now);
        SalesOrder confirmed = demoOrder(customer, "Доставка до склада клиента", List.of(
                OrderLineTerms.priced(null, null, null, "Кабель ВВГнг 3×2,5", "006", "м", new BigDecimal("150"),
                        new BigDecimal("95.50"), new BigDecimal("5"), new BigDecimal("20")),
                OrderLineTerms.priced(null, null, null, "Доставка", null, "услуга", BigDecimal.ONE,
                        new BigDecimal("2500.00"), null, null)), now);
        confirmed.confirm(now);
        new OrderOutbox(em, outbox).confirmed(confirmed);
        history.recordForCustomer(confirmed, OrderEventKind.CONFIRMED, "system", "demo order confirmed", now);
        LOG.info("Demo orders " + draft.number() + " (draft) and " + confirmed.number() + " (confirmed) created");
    }

    private SalesOrder demoOrder(Counterparty customer, String comment, List<OrderLineTerms> lines, Instant now) {
        SalesOrder order = new SalesOrder(customer, LocalDate.now(), "RUB", OrderSource.CRM, "manager", now);
        order.describe(LocalDate.now(), comment, null, LocalDate.now().plusDays(3));
        order.replaceLines(lines);
        em.persist(order);
        order.assignNumber();
        em.flush();
        audit.record(AuditAction.CREATE, OrderAccess.ENTITY, order.id(), order.number() + " (demo)", null, order.snapshot());
        return order;
    }

    private void createFirstAdmin() {
        String password = System.getenv("CRM_ADMIN_PASSWORD");
        long users = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (users == 0 && password != null && !password.isBlank()) {
            em.persist(new UserAccount("admin", "Administrator", PasswordHasher.hash(password.toCharArray()),
                    Set.of(Role.ADMIN), Instant.now()));
            LOG.info("First administrator 'admin' created from CRM_ADMIN_PASSWORD");
        }
    }

    private void loadDemoCompany() {
        Instant now = Instant.now();
        Map<String, CustomerCategory> categories = new LinkedHashMap<>();
        categories.put("KEY", new CustomerCategory("KEY", "Ключевые клиенты", "Key accounts"));
        categories.put("DEALERS", new CustomerCategory("DEALERS", "Дилеры", "Dealers"));
        categories.put("RETAIL", new CustomerCategory("RETAIL", "Розница", "Retail"));
        categories.put("PARTNERS", new CustomerCategory("PARTNERS", "Партнёры", "Partners"));
        categories.values().forEach(em::persist);
        CustomerCategory fromOneC = em.createQuery("select c from CustomerCategory c where c.code = 'FROM_1C'",
                CustomerCategory.class).getSingleResult();

        // One hash for all demo users: hashing is deliberately slow, and the password is the same.
        String hash = PasswordHasher.hash("demo".toCharArray());
        UserAccount admin = user("admin", "Администратор Системы", hash, Role.ADMIN, now);
        UserAccount head = user("head", "Иванова Анна Сергеевна", hash, Role.SALES_HEAD, now);
        UserAccount manager = user("manager", "Петров Сергей Иванович", hash, Role.SALES_MANAGER, now);
        UserAccount manager2 = user("manager2", "Смирнова Ольга Петровна", hash, Role.SALES_MANAGER, now);
        UserAccount marketer = user("marketer", "Кузнецова Мария Андреевна", hash, Role.MARKETER, now);
        UserAccount support = user("support", "Волков Дмитрий Олегович", hash, Role.SUPPORT, now);
        UserAccount finance = user("finance", "Соколова Елена Викторовна", hash, Role.FINANCE, now);
        UserAccount erpadmin = user("erpadmin", "Морозов Алексей Павлович", hash, Role.ERP_ADMIN, now);
        manager.joinTeamOf(head);
        manager2.joinTeamOf(head);

        List<CustomerCategory> all = new ArrayList<>(categories.values());
        all.add(fromOneC);
        for (UserAccount everything : List.of(admin, head, marketer, support, finance, erpadmin)) {
            all.forEach(category -> grant(everything, category, now));
        }
        grant(manager, categories.get("KEY"), now);
        grant(manager, categories.get("RETAIL"), now);
        grant(manager2, categories.get("DEALERS"), now);
        grant(manager2, categories.get("PARTNERS"), now);

        DemoRequisites requisites = new DemoRequisites(20261123L);
        List<String> codes = List.of("KEY", "DEALERS", "RETAIL", "PARTNERS");
        for (int i = 0; i < CUSTOMERS; i++) {
            CustomerCategory category = categories.get(codes.get(i % codes.size()));
            UserAccount curator = switch (category.code()) {
                case "KEY", "RETAIL" -> i % 5 == 0 ? null : manager;
                default -> i % 5 == 0 ? null : manager2;
            };
            Counterparty customer = customer(i, category, curator, requisites, now);
            em.persist(customer);
        }
        em.flush();
        audit.record(AuditAction.CREATE, "demo", "data", CUSTOMERS + " demo customers", null, null);
    }

    private UserAccount user(String login, String name, String hash, Role role, Instant now) {
        UserAccount user = new UserAccount(login, name, hash, Set.of(role), now);
        user.describe(name, login + "@demo.crm.local", "ru");
        em.persist(user);
        return user;
    }

    private void grant(UserAccount user, CustomerCategory category, Instant now) {
        em.persist(new CategoryGrant(user, category, "system", now));
    }

    private static final String SBERBANK_BIK = "044525225";
    private static final String[] STEMS = {"Ромашка", "Вектор", "Альфа-Трейд", "СеверСталь Снаб", "Гранит", "Восток",
        "Меридиан", "ТехноПарк", "Сибирские Сети", "Волга-Логистик", "Уралмаш Сервис", "Балтика Опт", "Орион",
        "Стройкомплект", "АгроПром", "Энергия", "Кристалл", "Полюс", "Прогресс", "Фаворит"};
    private static final String[] FORMS = {"ООО", "АО", "ПАО", "ООО", "ЗАО"};
    private static final String[] PEOPLE = {"Алексеев Игорь Николаевич", "Белова Татьяна Юрьевна",
        "Григорьев Павел Андреевич", "Денисова Наталья Игоревна", "Егоров Максим Викторович",
        "Жукова Светлана Олеговна", "Захаров Роман Ильич", "Ильина Ксения Павловна"};
    private static final String[] CITIES = {"Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск", "Казань",
        "Нижний Новгород", "Самара", "Пермь"};

    private static Counterparty customer(int i, CustomerCategory category, UserAccount curator,
                                         DemoRequisites requisites, Instant now) {
        boolean person = i % 12 == 7;
        String city = CITIES[i % CITIES.length];
        Counterparty customer;
        if (person) {
            String name = "ИП " + PEOPLE[i % PEOPLE.length];
            customer = new Counterparty(CounterpartyKind.PERSON, name, category, now);
            String inn = requisites.personInn(77, i);
            customer.changeRequisites(inn, null, null);
        } else {
            String name = FORMS[i % FORMS.length] + " «" + STEMS[i % STEMS.length] + (i >= STEMS.length ? " " + (i / STEMS.length + 1) : "") + "»";
            customer = new Counterparty(CounterpartyKind.ORGANIZATION, name, category, now);
            String inn = requisites.organizationInn(77, 1000 + i);
            customer.changeRequisites(inn, requisites.kpp(inn, false), requisites.ogrn(inn, i));
        }
        customer.assignCurator(curator);
        customer.changeAddresses("г. " + city + ", ул. Ленина, д. " + (1 + i % 90), null);
        customer.playRoles(switch (category.code()) {
            case "DEALERS" -> EnumSet.of(CustomerRole.DEALER, CustomerRole.CLIENT);
            case "PARTNERS" -> EnumSet.of(CustomerRole.PARTNER);
            case "KEY" -> EnumSet.of(CustomerRole.CLIENT);
            default -> i % 3 == 0 ? EnumSet.of(CustomerRole.PROSPECT) : EnumSet.of(CustomerRole.CLIENT);
        });
        customer.tag(i % 4 == 0 ? Set.of("demo", city) : Set.of("demo"));
        if (!person) {
            customer.replaceBankAccounts(List.of(new BankAccountDetails(SBERBANK_BIK,
                    requisites.settlementAccount(SBERBANK_BIK, 38_000_000L + i), "ПАО Сбербанк")));
        }
        customer.replaceOwnContactPoints(List.of(
                new ContactDetails(ContactKind.PHONE, ContactPurpose.WORK, String.format("+7 (495) %03d-%02d-%02d", 100 + i % 900, i % 100, (i * 7) % 100), null, null),
                new ContactDetails(ContactKind.EMAIL, ContactPurpose.WORK, "info" + i + "@demo-client.ru", null, null)));
        ContactPerson person1 = customer.addContactPerson(PEOPLE[(i + 3) % PEOPLE.length],
                i % 2 == 0 ? "Генеральный директор" : "Менеджер по закупкам", LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28));
        person1.replaceContactPoints(List.of(
                new ContactDetails(ContactKind.PHONE, ContactPurpose.WORK, String.format("+7 916 %03d %02d %02d", i % 1000, (i * 3) % 100, (i * 11) % 100), null, null),
                new ContactDetails(ContactKind.EMAIL, ContactPurpose.WORK, "contact" + i + "@demo-client.ru", null, null)));
        return customer;
    }
}

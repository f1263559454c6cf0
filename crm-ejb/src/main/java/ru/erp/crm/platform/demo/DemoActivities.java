package ru.erp.crm.platform.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.SignificantDate;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.security.entity.UserAccount;

/**
 * The demo manager's working week around the day of loading, on four of the customers they
 * curate: today's meeting, call and task, a task two days overdue, an e-mail due tomorrow, a
 * meeting next week and yesterday's call already done; and birthdays of two of those customers'
 * contact persons (in two and five days) and another person's company anniversary (in three).
 * Nothing is loaded when the demo manager or their customers are missing.
 */
final class DemoActivities {

    static final String MANAGER = "manager";
    static final int CUSTOMERS_USED = 4;

    private final EntityManager em;
    private final Clock clock;
    private final LocalDate today;
    private final Instant now;
    private final UserAccount manager;

    private DemoActivities(EntityManager em, Clock clock, UserAccount manager) {
        this.em = em;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.now = clock.instant();
        this.manager = manager;
    }

    /** Loads the demo activities; the number loaded (0 when the demo manager or customers are missing). */
    static int load(EntityManager em, AuditTrail audit, Clock clock) {
        Optional<UserAccount> manager = em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", MANAGER).getResultStream().findFirst();
        if (manager.isEmpty()) {
            return 0;
        }
        List<Counterparty> customers = em.createQuery("select c from Counterparty c where c.curator = :manager"
                        + " and c.mergedInto is null order by c.id", Counterparty.class)
                .setParameter("manager", manager.get()).setMaxResults(CUSTOMERS_USED).getResultList();
        if (customers.size() < CUSTOMERS_USED || customers.stream().anyMatch(c -> c.contactPersons().isEmpty())) {
            return 0;
        }
        int loaded = new DemoActivities(em, clock, manager.get()).loadFor(customers);
        audit.record(AuditAction.CREATE, "demo", "activities", loaded + " demo activities of " + MANAGER, null, null);
        return loaded;
    }

    private int loadFor(List<Counterparty> customers) {
        Counterparty first = customers.get(0);
        Counterparty second = customers.get(1);
        Counterparty third = customers.get(2);
        Counterparty fourth = customers.get(3);
        List<Activity> activities = List.of(
                timed(ActivityKind.MEETING, today, 11, 0, 60, "Презентация новой линейки продукции", first),
                timed(ActivityKind.CALL, today, 15, 0, 0, "Согласовать условия поставки", second),
                task(ActivityKind.TASK, today, 17, "Подготовить проект договора", third),
                task(ActivityKind.TASK, today.minusDays(2), 18, "Отправить коммерческое предложение", first),
                task(ActivityKind.EMAIL, today.plusDays(1), 12, "Отправить прайс-лист на следующий месяц", fourth),
                timed(ActivityKind.MEETING, today.plusDays(7), 10, 0, 90, "Переговоры о годовом контракте", second),
                timed(ActivityKind.CALL, today.minusDays(1), 10, 30, 0, "Уточнить потребность на квартал", third));
        activities.forEach(em::persist);
        activities.get(activities.size() - 1).complete("Клиент пришлёт заявку до конца недели", now);

        birthdayIn(first.contactPersons().get(0), 2, 1985);
        birthdayIn(second.contactPersons().get(0), 5, 1979);
        LocalDate anniversary = today.plusDays(3);
        em.persist(new SignificantDate(third.contactPersons().get(0), "Годовщина основания компании",
                anniversary.getDayOfMonth(), anniversary.getMonthValue(), 2010, now));
        em.flush();
        return activities.size();
    }

    private Activity timed(ActivityKind kind, LocalDate day, int hour, int minute, int minutes, String subject,
                           Counterparty customer) {
        Instant start = at(day, LocalTime.of(hour, minute));
        return planned(kind, start, minutes == 0 ? null : start.plusSeconds(minutes * 60L), null, subject, customer);
    }

    private Activity task(ActivityKind kind, LocalDate day, int hour, String subject, Counterparty customer) {
        return planned(kind, null, null, at(day, LocalTime.of(hour, 0)), subject, customer);
    }

    private Activity planned(ActivityKind kind, Instant startsAt, Instant endsAt, Instant dueAt, String subject,
                             Counterparty customer) {
        Activity activity = new Activity(kind, startsAt, endsAt, dueAt, subject, null, manager, manager.login(), now);
        activity.concern(customer, customer.contactPersons().get(0), null);
        activity.remindByDefault(clock.getZone(), now);
        return activity;
    }

    private void birthdayIn(ContactPerson person, int days, int year) {
        person.describe(person.fullName(), person.position(), today.plusDays(days).withYear(year));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).toInstant();
    }
}

package ru.erp.crm.platform.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.sales.control.LeadDuplicates;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.sales.entity.LeadDetails;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Leads in every working state, so the list, the card and conversion can be tried at once: two
 * NEW ones nobody has taken (from the site, with UTM tags, and entered by the marketer), one in
 * work and one qualified for manager (the qualified one has the INN of manager's first customer,
 * so converting it reuses that customer), and one disqualified by manager2. CONVERTED is left to
 * the user: conversion opens an opportunity, which only the running application can do.
 * Nothing is loaded when the demo managers are missing.
 */
final class DemoLeads {

    private DemoLeads() {
    }

    /** The number of leads loaded. */
    static int load(EntityManager em, Clock clock) {
        Optional<UserAccount> manager = user(em, "manager");
        Optional<UserAccount> manager2 = user(em, "manager2");
        if (manager.isEmpty() || manager2.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Optional<Counterparty> known = em.createQuery("select c from Counterparty c where c.curator = :manager"
                        + " and c.inn is not null and c.mergedInto is null order by c.id", Counterparty.class)
                .setParameter("manager", manager.get()).setMaxResults(1).getResultStream().findFirst();

        Lead fromSite = lead(em, LeadSource.WEB, null, new LeadDetails("ООО «Зелёный сад»", null, null,
                "Кузнецова Мария", "+7 916 555-12-34", "m.kuznetsova@zsad.ru",
                "Нужна поставка на 3 склада, пришлите прайс"), now.minus(Duration.ofHours(3)));
        fromSite.trackOrigin("yandex", "cpc", "autumn-sale", "https://example.ru/contacts", null);
        Lead fromFair = lead(em, LeadSource.MANUAL, "marketer", new LeadDetails(null, null, null, "Орлов Денис",
                "+7 903 777-00-11", null, "Визитка с выставки «Продэкспо»"), now.minus(Duration.ofDays(1)));
        Lead inWork = lead(em, LeadSource.MANUAL, "manager", new LeadDetails("АО «Техноком»", null, null,
                "Смирнов Олег", null, "o.smirnov@technocom.ru", "Интересует годовой контракт"),
                now.minus(Duration.ofDays(2)));
        inWork.assignTo(manager.get(), now);
        inWork.moveTo(LeadStatus.IN_PROGRESS, null, now);
        Lead qualified = lead(em, LeadSource.MANUAL, "manager", new LeadDetails(
                known.map(Counterparty::name).orElse("ООО «Стройресурс»"), known.map(Counterparty::inn).orElse(null),
                known.map(Counterparty::kpp).orElse(null), "Павлова Ирина", "+7 495 222-33-44", null,
                "Расширение закупок на второй филиал"), now.minus(Duration.ofDays(4)));
        qualified.assignTo(manager.get(), now);
        qualified.moveTo(LeadStatus.QUALIFIED, null, now);
        Lead disqualified = lead(em, LeadSource.WEB, null, new LeadDetails(null, null, null, "Иван",
                null, "ivan1990@mail.ru", "Хочу работать у вас"), now.minus(Duration.ofDays(6)));
        disqualified.assignTo(manager2.get(), now);
        disqualified.moveTo(LeadStatus.DISQUALIFIED, "Не клиент: вопрос о вакансии", now);
        List<Lead> loaded = List.of(fromSite, fromFair, inWork, qualified, disqualified);
        LeadDuplicates duplicates = new LeadDuplicates(em);
        em.flush();
        for (Lead lead : loaded) {
            lead.noteDuplicates(LeadDuplicates.summary(duplicates.of(new LeadDetails(lead.companyName(), lead.inn(),
                    lead.kpp(), lead.personName(), lead.phone(), lead.email(), lead.message()), lead.id())));
        }
        em.flush();
        return loaded.size();
    }

    private static Lead lead(EntityManager em, LeadSource source, String createdBy, LeadDetails details, Instant at) {
        Lead lead = new Lead(source, details, createdBy, at);
        em.persist(lead);
        return lead;
    }

    private static Optional<UserAccount> user(EntityManager em, String login) {
        return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class).setParameter("login", login)
                .getResultStream().findFirst();
    }
}

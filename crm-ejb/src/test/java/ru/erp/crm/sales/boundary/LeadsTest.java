package ru.erp.crm.sales.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;

/**
 * The Leads boundary against H2 in Oracle mode with the product's migrations: entry from the web
 * form and by hand, who sees which lead, status rules, curators, and conversion with its reversal.
 */
class LeadsTest {

    private final LeadsDatabase db = LeadsDatabase.shared();
    private final Leads leads = db.leads;

    @BeforeEach
    void reset() {
        db.reset();
    }

    @Test
    void aWebFormLeadIsNewUnassignedNormalisedAndHintsAtTheCustomerWithItsInn() {
        long romashka = db.customer("ООО «Ромашка»", "7707083893", "770701001", "manager", null, null, null);

        long id = db.call(() -> leads.receive(new WebLeadForm("Ромашка", "7707083893", "Анна Петрова", "8 (916) 123-45-67",
                "Anna@Romashka.RU", "Нужен счёт", "yandex", "cpc", "autumn", "https://example.ru/contacts"), "ab12"));

        LeadView lead = db.call(() -> leads.find(id));
        assertEquals(LeadSource.WEB, lead.source());
        assertEquals(LeadStatus.NEW, lead.status());
        assertNull(lead.curator());
        assertNull(lead.createdBy());
        assertEquals("+79161234567", lead.phone());
        assertEquals("anna@romashka.ru", lead.email());
        assertEquals("yandex", lead.utmSource());
        assertEquals("customer #" + romashka + " INN", lead.duplicateSummary());
        assertEquals(List.of(new LeadDuplicate("CUSTOMER", romashka, "ООО «Ромашка»", "INN", "7707083893")), lead.duplicates());
        assertEquals(List.of("CREATE lead " + id + ": lead #" + id + " «Ромашка» received from the web form"), db.audited());
    }

    @Test
    void aWebFormWithALinkForANameOrNoWayToReplyIsRefusedAndNothingStored() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> db.call(() ->
                leads.receive(new WebLeadForm(null, null, "Buy now http://spam.example", null, " ", null, null, null, null,
                        null), "ab12")));

        assertEquals(List.of("personName", "phone"), refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, db.count("sales_lead"));
    }

    @Test
    void aManagersLeadIsTheirsAndTheirHeadsWhileNobodysLeadsAreEveryones() {
        LeadView mine = db.call(() -> leads.create(draft("ООО «Вектор»", "Борис", "+79031112233")));
        db.actAs("marketer");
        long nobodys = db.call(() -> leads.create(draft("ООО «Полёт»", "Вера", "+79031112244"))).id();

        assertEquals("manager", mine.curator());
        db.actAs("manager2");
        assertThrows(RecordNotFoundException.class, () -> db.call(() -> leads.find(mine.id())));
        assertEquals(List.of(nobodys), ids(new LeadQuery(null, null, null, false, null)));
        db.actAs("head");
        assertEquals(List.of(nobodys, mine.id()), ids(new LeadQuery(null, null, null, false, null)));
        assertEquals(List.of(nobodys), ids(new LeadQuery(null, null, null, true, null)));
        assertEquals(List.of(mine.id()), ids(new LeadQuery(null, null, null, false, "8 903 111-22-33")));
        assertEquals(List.of(mine.id()), ids(new LeadQuery(null, LeadSource.MANUAL, db.userId("manager"), false, "вектор")));
    }

    @Test
    void disqualifyingNeedsAReasonAndConvertedIsOnlyReachedByConversion() {
        LeadView lead = db.call(() -> leads.create(draft("ООО «Вектор»", "Борис", "+79031112233")));

        assertEquals("reason", assertThrows(InvalidRequestException.class, () -> db.call(() ->
                leads.changeStatus(lead.id(), lead.version(), LeadStatus.DISQUALIFIED, " "))).violations().get(0).field());
        assertThrows(RuleViolationException.class, () -> db.call(() ->
                leads.changeStatus(lead.id(), lead.version(), LeadStatus.CONVERTED, null)));
        LeadView out = db.call(() -> leads.changeStatus(lead.id(), lead.version(), LeadStatus.DISQUALIFIED, "Студенты"));
        assertEquals("Студенты", out.disqualificationReason());
        assertThrows(StaleVersionException.class, () -> db.call(() ->
                leads.changeStatus(lead.id(), lead.version(), LeadStatus.IN_PROGRESS, null)));
        assertThrows(RuleViolationException.class, () -> db.call(() ->
                leads.changeStatus(lead.id(), out.version(), LeadStatus.QUALIFIED, null)));
        LeadView back = db.call(() -> leads.changeStatus(lead.id(), out.version(), LeadStatus.IN_PROGRESS, null));
        assertNull(back.disqualificationReason());
    }

    @Test
    void aManagerWorkingAnUnassignedLeadTakesItAndOnlyHeadsHandLeadsToOthers() {
        db.actAs("marketer");
        LeadView lead = db.call(() -> leads.create(draft(null, "Вера", "+79031112244")));
        db.actAs("manager");
        LeadView taken = db.call(() -> leads.changeStatus(lead.id(), lead.version(), LeadStatus.IN_PROGRESS, null));
        assertEquals("manager", taken.curator());

        assertThrows(ForbiddenOperationException.class, () -> db.call(() ->
                leads.assign(lead.id(), taken.version(), db.userId("manager2"))));
        db.actAs("head");
        db.forgetAudit();
        LeadView handed = db.call(() -> leads.assign(lead.id(), taken.version(), db.userId("manager2")));
        assertEquals("manager2", handed.curator());
        assertEquals(List.of("UPDATE lead " + lead.id() + ": lead #" + lead.id() + " «Вера» assigned to manager2"), db.audited());
        db.actAs("manager");
        assertThrows(RecordNotFoundException.class, () -> db.call(() -> leads.takeOver(lead.id(), handed.version())),
                "manager2's lead is no longer manager's to see");
        db.actAs("admin");
        assertEquals("admin", db.call(() -> leads.takeOver(lead.id(), handed.version())).curator());
    }

    @Test
    void conversionCreatesTheCustomerTheContactAndTheOpportunityAndIsAuditedOnBoth() {
        LeadView lead = qualified(draft("ООО «Вектор»", "Борис Сидоров", "+79031112233"));
        db.forgetAudit();

        LeadView converted = db.call(() -> leads.convert(lead.id(), lead.version(),
                new LeadConversion(null, "KEY", null, LeadsDatabase.money("150000.00"))));

        assertEquals(LeadStatus.CONVERTED, converted.status());
        assertNotNull(converted.customerId());
        assertEquals("manager", converted.convertedBy());
        Counterparty customer = db.query(em -> {
            Counterparty found = em.find(Counterparty.class, converted.customerId());
            found.contactPersons().forEach(person -> person.contactPoints().size());
            return found;
        });
        assertEquals("ООО «Вектор»", customer.name());
        assertEquals("manager", customer.curator().orElseThrow().login());
        assertEquals(converted.contactPersonId(), customer.contactPersons().get(0).id());
        assertEquals("+79031112233", customer.contactPersons().get(0).contactPoints().get(0).normalized());
        assertEquals(List.of(lead.id() + " " + converted.customerId() + " " + converted.contactPersonId()
                + " ООО «Вектор» 150000.00 manager"), db.opened());
        assertEquals(9001L, converted.opportunityId());
        List<String> audited = db.audited();
        assertTrue(audited.contains("UPDATE lead " + lead.id() + ": lead #" + lead.id() + " «ООО «Вектор»» converted into customer #"
                + converted.customerId() + " (new), contact #" + converted.contactPersonId() + ", opportunity #9001"), audited::toString);
        assertTrue(audited.stream().anyMatch(entry -> entry.startsWith("UPDATE customer " + converted.customerId() + ": lead #")));
        assertThrows(RuleViolationException.class, () -> db.call(() ->
                leads.update(lead.id(), converted.version(), draft("ООО «Вектор»", "Борис", "+79031112233"))));
    }

    @Test
    void conversionReusesTheCustomerWithTheInnAndItsContactAtTheSameEmail() {
        long romashka = db.customer("ООО «Ромашка»", "7707083893", null, "manager", null, "Анна Петрова", "anna@romashka.ru");
        LeadView lead = qualified(new LeadDraft("Ромашка", "7707083893", null, "Анна", null, "ANNA@romashka.ru", null));
        long customers = db.count("counterparty");

        LeadView converted = db.call(() -> leads.convert(lead.id(), lead.version(), new LeadConversion(null, null, "Поставка", null)));

        assertEquals(romashka, converted.customerId());
        assertEquals(customers, db.count("counterparty"));
        assertEquals(1, db.count("contact_person"));
        assertTrue(db.opened().get(0).contains(" Поставка null manager"));
    }

    @Test
    void aRefusedConversionChangesNothing() {
        LeadView fresh = db.call(() -> leads.create(draft("ООО «Вектор»", "Борис", "+79031112233")));
        assertThrows(RuleViolationException.class, () -> db.call(() ->
                leads.convert(fresh.id(), fresh.version(), new LeadConversion(null, "KEY", null, null))));
        LeadView lead = qualified(draft("ООО «Полёт»", "Вера", "+79031112244"));

        assertEquals("category", assertThrows(InvalidRequestException.class, () -> db.call(() ->
                leads.convert(lead.id(), lead.version(), new LeadConversion(null, null, null, null)))).violations().get(0).field());
        assertEquals(0, db.count("counterparty"));
        assertEquals(LeadStatus.QUALIFIED, db.call(() -> leads.find(lead.id())).status());
        assertEquals(List.of(), db.opened());
    }

    @Test
    void onlyAnAdminReversesAConversionWhichKeepsWhatItCreated() {
        LeadView lead = qualified(draft("ООО «Вектор»", "Борис", "+79031112233"));
        LeadView converted = db.call(() -> leads.convert(lead.id(), lead.version(), new LeadConversion(null, "KEY", null, null)));

        db.actAs("admin");
        db.forgetAudit();
        LeadView reversed = db.call(() -> leads.unconvert(lead.id(), converted.version()));

        assertEquals(LeadStatus.QUALIFIED, reversed.status());
        assertNull(reversed.customerId());
        assertNull(reversed.opportunityId());
        assertEquals(1, db.count("counterparty"));
        assertEquals(1, db.count("contact_person"));
        assertEquals(2, db.audited().size());
        assertTrue(db.audited().get(1).startsWith("UPDATE customer " + converted.customerId()));
        assertThrows(RuleViolationException.class, () -> db.call(() -> leads.unconvert(lead.id(), reversed.version())));
    }

    @Test
    void duplicatesOnDemandAreTheCustomersAndLeadsTheCallerMaySee() {
        long romashka = db.customer("ООО «Ромашка»", null, null, "manager2", "+74951234567", null, null);
        long other = db.call(() -> leads.create(draft("ООО «Ромашка»", "Пётр", "+79990001122"))).id();

        List<LeadDuplicate> found = db.call(() -> leads.duplicates(new LeadDraft("Ромашка", null, null, null,
                "8 495 123 45 67", null, null)));

        assertEquals(List.of(new LeadDuplicate("CUSTOMER", romashka, "ООО «Ромашка»", "PHONE", "+74951234567"),
                new LeadDuplicate("LEAD", other, "ООО «Ромашка»", "NAME", "РОМАШКА")), found);
        db.actAs("manager2");
        assertEquals(1, db.call(() -> leads.duplicates(new LeadDraft("Ромашка", null, null, null, null, null, null))).size(),
                "manager's lead is not manager2's");
    }

    private LeadView qualified(LeadDraft draft) {
        LeadView lead = db.call(() -> leads.create(draft));
        return db.call(() -> leads.changeStatus(lead.id(), lead.version(), LeadStatus.QUALIFIED, null));
    }

    private List<Long> ids(LeadQuery query) {
        return db.call(() -> leads.list(query, new PageRequest(0, 20))).items().stream().map(LeadSummary::id).toList();
    }

    private static LeadDraft draft(String company, String person, String phone) {
        return new LeadDraft(company, null, null, person, phone, null, null);
    }
}

package ru.erp.crm.sales.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.erp.crm.customer.boundary.ContactPersonDraft;
import ru.erp.crm.customer.boundary.ContactPersons;
import ru.erp.crm.customer.boundary.CustomerDraft;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.ContactPurpose;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.sales.control.LeadAccess;
import ru.erp.crm.sales.control.LeadConverter;
import ru.erp.crm.sales.control.LeadDuplicates;
import ru.erp.crm.sales.control.LeadDuplicates.Match;
import ru.erp.crm.sales.control.LeadSearch;
import ru.erp.crm.sales.control.LeadValidator;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.sales.entity.LeadDetails;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Leads from the web form and from users: entry, the list and card under {@link LeadAccess},
 * duplicate hints against customers and other leads (never blocking), qualification, curator
 * assignment and conversion into a customer, a contact person and an opportunity in one
 * transaction. Every change is audited on the lead; a conversion and its reversal on the customer
 * too, which puts them on its timeline.
 * <p>
 * Reversing a conversion (admins only) brings the lead back to QUALIFIED and unlinks it, but keeps
 * the customer, contact person and opportunity: by then they may carry activities, orders or a
 * colleague's edits, and a reused customer was never the lead's to delete. An admin removes them
 * through their own boundaries when they really are unwanted.
 */
@Stateless
@PermitAll
public class Leads {

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    @EJB
    Customers customers;

    @EJB
    ContactPersons contactPersons;

    @EJB
    OpportunityOpening opportunities;

    Clock clock = Clock.systemUTC();

    /**
     * A lead from the company's site, sent by nobody logged in. {@code clientIpHash} identifies the
     * sender's address without keeping it. Answers the new lead's id, which the site is not told.
     */
    @PermitAll
    public long receive(WebLeadForm form, String clientIpHash) {
        LeadDetails details = LeadValidator.requireValid(form.draft());
        Instant now = clock.instant();
        Lead lead = new Lead(LeadSource.WEB, details, null, now);
        lead.trackOrigin(form.utmSource(), form.utmMedium(), form.utmCampaign(), form.sourcePage(), clientIpHash);
        lead.noteDuplicates(LeadDuplicates.summary(new LeadDuplicates(em).of(details, null)));
        em.persist(lead);
        em.flush();
        audit.record(AuditAction.CREATE, LeadAccess.ENTITY, lead.id(), summary(lead, "received from the web form"),
                null, lead.snapshot());
        return lead.id();
    }

    /** A lead entered by hand; a sales manager entering it becomes its curator. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER})
    public LeadView create(LeadDraft draft) {
        LeadDetails details = LeadValidator.requireValid(draft);
        AccessScope scope = caller.scope();
        Lead lead = new Lead(LeadSource.MANUAL, details, scope.login(), clock.instant());
        if (scope.has(Role.SALES_MANAGER)) {
            lead.assignTo(caller.user(), clock.instant());
        }
        List<Match> matches = new LeadDuplicates(em).of(details, null);
        lead.noteDuplicates(LeadDuplicates.summary(matches));
        em.persist(lead);
        em.flush();
        audit.record(AuditAction.CREATE, LeadAccess.ENTITY, lead.id(), summary(lead, "entered"), null, lead.snapshot());
        return LeadView.of(lead, visible(matches, scope));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER})
    public LeadView update(long id, long expectedVersion, LeadDraft draft) {
        AccessScope scope = caller.scope();
        Lead lead = current(id, expectedVersion, scope);
        LeadDetails details = LeadValidator.requireValid(draft);
        Map<String, Object> before = lead.snapshot();
        lead.describe(details, clock.instant());
        List<Match> matches = new LeadDuplicates(em).of(details, lead.id());
        lead.noteDuplicates(LeadDuplicates.summary(matches));
        em.flush();
        audit.record(AuditAction.UPDATE, LeadAccess.ENTITY, lead.id(), summary(lead, "changed"), before, lead.snapshot());
        return LeadView.of(lead, visible(matches, scope));
    }

    /** The card, with the duplicates as they are now. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER})
    public LeadView find(long id) {
        AccessScope scope = caller.scope();
        Lead lead = LeadAccess.visible(em, id, scope);
        return LeadView.of(lead, visible(new LeadDuplicates(em).of(details(lead), lead.id()), scope));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER})
    public Page<LeadSummary> list(LeadQuery query, PageRequest page) {
        LeadSearch search = new LeadSearch(query, caller.scope());
        List<LeadSummary> items = search.select(em, page).getResultStream().map(LeadSummary::of).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    /** Duplicate hints for what a user is typing, before anything is saved; nothing is validated. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER})
    public List<LeadDuplicate> duplicates(LeadDraft draft) {
        return visible(new LeadDuplicates(em).of(LeadValidator.details(draft), null), caller.scope());
    }

    /**
     * Moves the lead by hand (not to CONVERTED: that is {@link #convert}); DISQUALIFIED needs a
     * reason. A sales manager working an unassigned lead becomes its curator.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER})
    public LeadView changeStatus(long id, long expectedVersion, LeadStatus status, String reason) {
        if (status == null) {
            throw InvalidRequestException.of("status", "crm.validation.required");
        }
        if (status == LeadStatus.CONVERTED) {
            throw new RuleViolationException("crm.rule.lead.convertOnly");
        }
        AccessScope scope = caller.scope();
        Lead lead = current(id, expectedVersion, scope);
        Map<String, Object> before = lead.snapshot();
        lead.moveTo(status, reason, clock.instant());
        if (lead.curator().isEmpty() && scope.has(Role.SALES_MANAGER)) {
            lead.assignTo(caller.user(), clock.instant());
        }
        em.flush();
        audit.record(AuditAction.UPDATE, LeadAccess.ENTITY, lead.id(), summary(lead, status.name().toLowerCase()
                + (lead.disqualificationReason() == null ? "" : ": " + lead.disqualificationReason())), before, lead.snapshot());
        return find(lead);
    }

    /** Gives the lead a curator (null: nobody): oneself, a team member for a head, anyone for an admin. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public LeadView assign(long id, long expectedVersion, Long curatorId) {
        AccessScope scope = caller.scope();
        Lead lead = current(id, expectedVersion, scope);
        UserAccount curator = curatorId == null ? null : Optional.ofNullable(em.find(UserAccount.class, curatorId))
                .orElseThrow(() -> InvalidRequestException.of("curatorId", "crm.validation.curator.unknown",
                        String.valueOf(curatorId)));
        if (curator == null && !scope.has(Role.ADMIN) && !scope.has(Role.SALES_HEAD)) {
            throw new ForbiddenOperationException("crm.forbidden.lead.assign");
        }
        LeadAccess.requireAssignable(curator, scope);
        Map<String, Object> before = lead.snapshot();
        lead.assignTo(curator, clock.instant());
        em.flush();
        audit.record(AuditAction.UPDATE, LeadAccess.ENTITY, lead.id(),
                summary(lead, curator == null ? "unassigned" : "assigned to " + curator.login()), before, lead.snapshot());
        return find(lead);
    }

    /** The caller takes the lead over as its curator (within the same rules as {@link #assign}). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public LeadView takeOver(long id, long expectedVersion) {
        return assign(id, expectedVersion, caller.user().id());
    }

    /**
     * Converts a qualified lead in one transaction: reuses a customer (chosen, or with the lead's
     * INN/KPP) or creates one under the customer base's rules, adds the contact person unless one
     * already answers at the lead's phone or e-mail, opens the opportunity, and marks the lead
     * CONVERTED with the three ids. Any refusal on the way leaves nothing changed.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public LeadView convert(long id, long expectedVersion, LeadConversion conversion) {
        AccessScope scope = caller.scope();
        Lead lead = current(id, expectedVersion, scope);
        if (lead.status() != LeadStatus.QUALIFIED) {
            throw new RuleViolationException("crm.rule.lead.notQualified", lead.status().name());
        }
        LeadConversion asked = conversion == null ? new LeadConversion(null, null, null, null) : conversion;
        String curator = lead.curator().map(UserAccount::login).orElse(scope.login());
        LeadConverter converter = new LeadConverter(em);
        Optional<Counterparty> existing = converter.existingCustomer(lead, asked.customerId(), scope);
        long customerId = existing.map(Counterparty::id).orElseGet(() -> newCustomer(lead, asked, curator));
        Counterparty customer = em.find(Counterparty.class, customerId);
        Long personId = LeadConverter.existingPerson(customer, lead).map(ContactPerson::id)
                .orElseGet(() -> contactPersons.add(customerId, new ContactPersonDraft(lead.personName(), null, null,
                        contacts(lead))).id());
        String title = asked.title() == null || asked.title().isBlank() ? name(lead) : asked.title().strip();
        long opportunityId = opportunities.openFromLead(lead.id(), customerId, personId, title, asked.amount(), curator);
        Map<String, Object> before = lead.snapshot();
        lead.convert(customerId, personId, opportunityId, scope.login(), clock.instant());
        em.flush();
        String what = "converted into customer #" + customerId + (existing.isPresent() ? " (existing)" : " (new)")
                + ", contact #" + personId + ", opportunity #" + opportunityId;
        audit.record(AuditAction.UPDATE, LeadAccess.ENTITY, lead.id(), summary(lead, what), before, lead.snapshot());
        audit.record(AuditAction.UPDATE, CustomerAccess.ENTITY, customerId, summary(lead, what), null, lead.snapshot());
        return find(lead);
    }

    /** Reverses a conversion (see the class comment for what stays). */
    @RolesAllowed(Role.Names.ADMIN)
    public LeadView unconvert(long id, long expectedVersion) {
        AccessScope scope = caller.scope();
        Lead lead = current(id, expectedVersion, scope);
        Map<String, Object> before = lead.snapshot();
        Long customerId = lead.customerId();
        lead.unconvert(clock.instant());
        em.flush();
        String what = "conversion reversed; customer #" + customerId + ", contact #" + before.get("contactPersonId")
                + " and opportunity #" + before.get("opportunityId") + " kept";
        audit.record(AuditAction.UPDATE, LeadAccess.ENTITY, lead.id(), summary(lead, what), before, lead.snapshot());
        if (customerId != null) {
            audit.record(AuditAction.UPDATE, CustomerAccess.ENTITY, customerId, summary(lead, what), before, lead.snapshot());
        }
        return find(lead);
    }

    private Lead current(long id, long expectedVersion, AccessScope scope) {
        Lead lead = LeadAccess.visible(em, id, scope);
        if (lead.version() != expectedVersion) {
            throw new StaleVersionException(LeadAccess.ENTITY, id, expectedVersion, lead.version());
        }
        return lead;
    }

    private LeadView find(Lead lead) {
        return LeadView.of(lead, visible(new LeadDuplicates(em).of(details(lead), lead.id()), caller.scope()));
    }

    private long newCustomer(Lead lead, LeadConversion conversion, String curator) {
        if (conversion.category() == null || conversion.category().isBlank()) {
            throw InvalidRequestException.of("category", "crm.validation.required");
        }
        CounterpartyKind kind = lead.companyName() == null ? CounterpartyKind.PERSON : CounterpartyKind.ORGANIZATION;
        return customers.create(new CustomerDraft(kind.name(), name(lead), null, lead.inn(), lead.kpp(), null,
                conversion.category(), Set.of("CLIENT"), curator, null, null, "lead #" + lead.id(), Set.of(),
                List.of(), List.of())).customer().id();
    }

    private static List<ContactDetails> contacts(Lead lead) {
        List<ContactDetails> contacts = new ArrayList<>();
        if (lead.phone() != null) {
            contacts.add(new ContactDetails(ContactKind.PHONE, ContactPurpose.WORK, lead.phone(), null, null));
        }
        if (lead.email() != null) {
            contacts.add(new ContactDetails(ContactKind.EMAIL, ContactPurpose.WORK, lead.email(), null, null));
        }
        return contacts;
    }

    private static LeadDetails details(Lead lead) {
        return new LeadDetails(lead.companyName(), lead.inn(), lead.kpp(), lead.personName(), lead.phone(),
                lead.email(), lead.message());
    }

    private static List<LeadDuplicate> visible(List<Match> matches, AccessScope scope) {
        return matches.stream().filter(match -> match.visibleTo(scope)).map(LeadDuplicate::of).toList();
    }

    private static String name(Lead lead) {
        return lead.companyName() != null ? lead.companyName() : lead.personName();
    }

    private static String summary(Lead lead, String what) {
        return "lead #" + lead.id() + " «" + name(lead) + "» " + what;
    }
}

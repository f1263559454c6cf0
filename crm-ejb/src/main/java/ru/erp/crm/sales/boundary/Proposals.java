package ru.erp.crm.sales.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.catalog.entity.PriceType;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.ContactPoint;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.company.CompanyCard;
import ru.erp.crm.platform.mail.MailSettings;
import ru.erp.crm.platform.mail.MailWithAttachment;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.sales.control.DiscountLimits;
import ru.erp.crm.sales.control.OrderAccess;
import ru.erp.crm.sales.control.OrderLinePricing;
import ru.erp.crm.sales.control.ProposalAccess;
import ru.erp.crm.sales.control.ProposalPrint;
import ru.erp.crm.sales.control.ProposalSearch;
import ru.erp.crm.sales.control.ProposalValidator;
import ru.erp.crm.sales.entity.Proposal;
import ru.erp.crm.sales.entity.ProposalLine;
import ru.erp.crm.sales.entity.ProposalVersion;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Commercial proposals as users work with them: drafts and versions, the head's approval of
 * discounts over the author's limit, the print form, sending it to the contact person by e-mail
 * (which puts the letter on the customer's timeline) and the customer's answer, an accepted
 * proposal becoming a sales order. Access follows the customer as for orders; every write is
 * audited and a refused call changes nothing.
 * <p>
 * Sending talks to the SMTP server inside the call, unlike the exchanges' outbox: the user waits
 * for "sent" or the reason it was not, and every rule is checked and the change flushed before
 * the letter leaves, so a refusal or an unreachable server leaves the proposal unsent.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
public class Proposals {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    @EJB
    SalesOrders orders;

    /** Decides what "today" is for dates and validity; the server's zone, as the users' dates are. */
    Clock clock = Clock.systemDefaultZone();

    MailSettings mail = MailSettings.fromEnvironment();

    CompanyCard company = CompanyCard.fromEnvironment();

    public ProposalView create(ProposalDraft draft) {
        ProposalValidator.requireValid(draft);
        AccessScope scope = caller.scope();
        Counterparty customer = OrderAccess.orderableCustomer(em, draft.customerId(), scope);
        Instant now = Instant.now(clock);
        Proposal proposal = new Proposal(customer, author(scope), dateOf(draft), scope.login(), now);
        describe(proposal, draft);
        em.persist(proposal);
        proposal.assignNumber();
        em.flush();
        audit.record(AuditAction.CREATE, ProposalAccess.ENTITY, proposal.id(), proposal.number(), null, proposal.snapshot());
        return view(proposal);
    }

    /** Replaces the header and the current version's lines of a draft (or a rejected version being reworked). */
    public ProposalView update(long id, long expectedVersion, ProposalDraft draft) {
        AccessScope scope = caller.scope();
        Proposal proposal = changeable(id, expectedVersion, scope);
        ProposalValidator.requireValid(draft);
        if (!draft.customerId().equals(proposal.customer().id())) {
            throw InvalidRequestException.of("customerId", "crm.validation.proposal.customerFixed");
        }
        Map<String, Object> before = proposal.snapshot();
        describe(proposal, draft);
        em.flush();
        audit.record(AuditAction.UPDATE, ProposalAccess.ENTITY, proposal.id(), proposal.number(), before, proposal.snapshot());
        return view(proposal);
    }

    /** A new current version with the current lines, to change what was sent or submitted. */
    public ProposalView newVersion(long id, long expectedVersion) {
        AccessScope scope = caller.scope();
        Proposal proposal = changeable(id, expectedVersion, scope);
        Map<String, Object> before = proposal.snapshot();
        proposal.newVersion(scope.login(), Instant.now(clock));
        em.flush();
        audit.record(AuditAction.UPDATE, ProposalAccess.ENTITY, proposal.id(),
                "version " + proposal.currentVersionNo() + " of " + proposal.number(), before, proposal.snapshot());
        return view(proposal);
    }

    /** Within the author's limit the proposal is approved at once; over it, it waits for a head. */
    public ProposalView submit(long id, long expectedVersion) {
        AccessScope scope = caller.scope();
        Proposal proposal = changeable(id, expectedVersion, scope);
        Map<String, Object> before = proposal.snapshot();
        proposal.submit(DiscountLimits.of(em, proposal.author()));
        em.flush();
        audit.record(AuditAction.UPDATE, ProposalAccess.ENTITY, proposal.id(),
                "submitted " + proposal.number() + ": " + proposal.status(), before, proposal.snapshot());
        return view(proposal);
    }

    /** A head of the author's team, or an admin, approves the discounts. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public ProposalView approve(long id, long expectedVersion, String comment) {
        return decide(id, expectedVersion, comment, true);
    }

    /** A head of the author's team, or an admin, sends the version back with the reason. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public ProposalView reject(long id, long expectedVersion, String comment) {
        return decide(id, expectedVersion, comment, false);
    }

    /**
     * Mails the print form to the contact person and records the letter as a done e-mail activity
     * on the customer's timeline. A version over the author's limit that no head approved is
     * refused (422) and nothing changes.
     */
    public ProposalView send(long id, long expectedVersion) {
        AccessScope scope = caller.scope();
        Proposal proposal = changeable(id, expectedVersion, scope);
        BigDecimal limit = DiscountLimits.of(em, proposal.author());
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        proposal.requireSendable(limit, today);
        ContactPerson person = proposal.contactPerson()
                .orElseThrow(() -> new RuleViolationException("crm.rule.proposal.noContact", proposal.number()));
        String to = emailOf(person, today)
                .orElseThrow(() -> new RuleViolationException("crm.rule.proposal.noEmail", person.fullName()));
        ProposalPdf pdf = pdfOf(proposal, proposal.current());
        String subject = "Коммерческое предложение № " + proposal.number() + " от " + proposal.date().format(DATE);
        String text = letter(proposal, person);
        Map<String, Object> before = proposal.snapshot();
        proposal.markSent(limit, today, now);
        Activity letter = new Activity(ActivityKind.EMAIL, null, null, now, subject, text, author(scope), scope.login(), now);
        letter.concern(proposal.customer(), person, proposal.opportunityId());
        letter.complete("Отправлено на " + to + ", вложение " + pdf.fileName(), now);
        em.persist(letter);
        em.flush();
        new MailWithAttachment(to, subject, text, pdf.fileName(), ProposalPdf.CONTENT_TYPE, pdf.content()).send(mail);
        audit.record(AuditAction.UPDATE, ProposalAccess.ENTITY, proposal.id(),
                "sent " + proposal.number() + " version " + proposal.currentVersionNo() + " to " + to, before,
                proposal.snapshot());
        return view(proposal);
    }

    /**
     * The customer accepted: a sales order is created with the lines (list prices and the effective
     * discounts), and other open proposals of the same opportunity are superseded.
     */
    public ProposalView accept(long id, long expectedVersion) {
        AccessScope scope = caller.scope();
        Proposal proposal = changeable(id, expectedVersion, scope);
        proposal.requireSent();
        Map<String, Object> before = proposal.snapshot();
        OrderView order = orders.create(orderDraftOf(proposal));
        proposal.accept(order.id());
        if (proposal.opportunityId() != null) {
            em.createQuery("select p from Proposal p where p.opportunityId = :opportunity and p.id <> :id", Proposal.class)
                    .setParameter("opportunity", proposal.opportunityId()).setParameter("id", proposal.id())
                    .getResultStream().filter(Proposal::supersede)
                    .forEach(other -> audit.record(AuditAction.UPDATE, ProposalAccess.ENTITY, other.id(),
                            "superseded by " + proposal.number(), null, other.snapshot()));
        }
        em.flush();
        audit.record(AuditAction.UPDATE, ProposalAccess.ENTITY, proposal.id(),
                "accepted " + proposal.number() + " as order " + order.number(), before, proposal.snapshot());
        return view(proposal);
    }

    public ProposalView decline(long id, long expectedVersion, String reason) {
        AccessScope scope = caller.scope();
        Proposal proposal = changeable(id, expectedVersion, scope);
        Map<String, Object> before = proposal.snapshot();
        proposal.decline(reason);
        em.flush();
        audit.record(AuditAction.UPDATE, ProposalAccess.ENTITY, proposal.id(), "declined " + proposal.number(), before,
                proposal.snapshot());
        return view(proposal);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.FINANCE,
            Role.Names.SUPPORT})
    public ProposalView find(long id) {
        return view(ProposalAccess.visible(em, id, caller.scope()));
    }

    /** An earlier (or the current) version as it was. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.FINANCE,
            Role.Names.SUPPORT})
    public ProposalVersionView version(long id, int no) {
        Proposal proposal = ProposalAccess.visible(em, id, caller.scope());
        return ProposalVersionView.of(versionOf(proposal, no));
    }

    /** The print form of the current version, or of version {@code no} when given. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.FINANCE,
            Role.Names.SUPPORT})
    public ProposalPdf pdf(long id, Integer no) {
        Proposal proposal = ProposalAccess.visible(em, id, caller.scope());
        return pdfOf(proposal, no == null ? proposal.current() : versionOf(proposal, no));
    }

    /** Proposals of the customers the caller may see, newest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.FINANCE,
            Role.Names.SUPPORT})
    public Page<ProposalSummary> list(ProposalQuery query, PageRequest page) {
        return page(new ProposalSearch(query, caller.scope()), page);
    }

    /** What waits for the caller's decision: their team's proposals over the limit (all for an admin). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public Page<ProposalSummary> approvalQueue(PageRequest page) {
        return page(ProposalSearch.awaitingDecisionOf(caller.scope()), page);
    }

    private Page<ProposalSummary> page(ProposalSearch search, PageRequest page) {
        List<ProposalSummary> items = search.select(em, page).getResultStream().map(ProposalSummary::of).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : search.count(em);
        return Page.of(items, total, page);
    }

    private ProposalView decide(long id, long expectedVersion, String comment, boolean approve) {
        AccessScope scope = caller.scope();
        Proposal proposal = ProposalAccess.visible(em, id, scope);
        requireVersion(proposal, expectedVersion);
        if (!scope.canManage(proposal.author())) {
            throw new ForbiddenOperationException("crm.forbidden.proposal.approver");
        }
        Map<String, Object> before = proposal.snapshot();
        Instant now = Instant.now(clock);
        if (approve) {
            proposal.approve(comment, scope.login(), now);
        } else {
            proposal.reject(comment, scope.login(), now);
        }
        em.flush();
        audit.record(AuditAction.UPDATE, ProposalAccess.ENTITY, proposal.id(), (approve ? "approved " : "rejected ")
                + proposal.number() + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()), before,
                proposal.snapshot());
        return view(proposal);
    }

    private void describe(Proposal proposal, ProposalDraft draft) {
        ContactPerson person = draft.contactPersonId() == null ? null : Optional.ofNullable(
                        em.find(ContactPerson.class, draft.contactPersonId()))
                .orElseThrow(() -> InvalidRequestException.of("contactPersonId", "crm.validation.proposal.person",
                        draft.contactPersonId()));
        UserAccount signer = draft.signerId() == null ? proposal.author() : Optional.ofNullable(
                        em.find(UserAccount.class, draft.signerId()))
                .orElseThrow(() -> InvalidRequestException.of("signerId", "crm.validation.proposal.signer", draft.signerId()));
        PriceType priceType = draft.priceTypeId() == null ? null : em.find(PriceType.class, draft.priceTypeId());
        proposal.describe(person, draft.opportunityId(), signer, priceType, draft.validUntil());
        proposal.revise(draft.headerDiscountPercent(), new OrderLinePricing(em).terms(draft.asOrderDraft()));
    }

    private OrderDraft orderDraftOf(Proposal proposal) {
        List<OrderDraft.Line> lines = proposal.current().lines().stream().map(Proposals::orderLine).toList();
        return new OrderDraft(proposal.customer().id(), LocalDate.now(clock),
                "По коммерческому предложению " + proposal.number(), null, null,
                proposal.priceType().map(PriceType::id).orElse(null), lines);
    }

    private static OrderDraft.Line orderLine(ProposalLine line) {
        return new OrderDraft.Line(line.productId(), line.name(), line.unitCode(), line.unitName(), line.quantity(),
                line.price(), line.effectiveDiscount(), line.vatRate());
    }

    private ProposalPdf pdfOf(Proposal proposal, ProposalVersion version) {
        String digits = proposal.number().substring(Proposal.NUMBER_PREFIX.length());
        String fileName = "KP-" + digits + (version.number() > 1 ? "-v" + version.number() : "") + ".pdf";
        return new ProposalPdf(fileName, new ProposalPrint(company).print(proposal, version));
    }

    private String letter(Proposal proposal, ContactPerson person) {
        ProposalVersion current = proposal.current();
        StringBuilder text = new StringBuilder("Здравствуйте, ").append(person.fullName()).append("!\n\n")
                .append("Направляем Вам коммерческое предложение № ").append(proposal.number()).append(" от ")
                .append(proposal.date().format(DATE)).append(" на сумму ").append(current.total()).append(" руб.");
        if (proposal.validUntil() != null) {
            text.append(" Предложение действительно до ").append(proposal.validUntil().format(DATE)).append('.');
        }
        text.append("\nПредложение во вложении.\n\nС уважением,\n")
                .append(proposal.signer().orElse(proposal.author()).fullName()).append('\n').append(company.name());
        return text.toString();
    }

    private static Optional<String> emailOf(ContactPerson person, LocalDate today) {
        return person.contactPoints().stream()
                .filter(point -> point.kind() == ContactKind.EMAIL && point.isValidOn(today))
                .map(ContactPoint::normalized).findFirst();
    }

    private static ProposalVersion versionOf(Proposal proposal, int no) {
        return proposal.version(no).orElseThrow(() -> new RecordNotFoundException("proposalVersion", proposal.id() + "/" + no));
    }

    private Proposal changeable(long id, long expectedVersion, AccessScope scope) {
        Proposal proposal = ProposalAccess.changeable(em, id, scope);
        requireVersion(proposal, expectedVersion);
        return proposal;
    }

    private UserAccount author(AccessScope scope) {
        return Optional.ofNullable(em.find(UserAccount.class, scope.userId()))
                .orElseThrow(() -> new ForbiddenOperationException("crm.forbidden.unknownCaller"));
    }

    private ProposalView view(Proposal proposal) {
        return ProposalView.of(proposal, !proposal.status().closed()
                && proposal.current().decision().isEmpty()
                && proposal.needsApproval(DiscountLimits.of(em, proposal.author())));
    }

    private LocalDate dateOf(ProposalDraft draft) {
        return draft.date() != null ? draft.date() : LocalDate.now(clock);
    }

    private static void requireVersion(Proposal proposal, long expected) {
        if (proposal.version() != expected) {
            throw new StaleVersionException(ProposalAccess.ENTITY, proposal.id(), expected, proposal.version());
        }
    }
}

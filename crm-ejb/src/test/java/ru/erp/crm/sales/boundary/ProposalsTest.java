package ru.erp.crm.sales.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.catalog.entity.PriceList;
import ru.erp.crm.catalog.entity.PriceQuote;
import ru.erp.crm.catalog.entity.PriceType;
import ru.erp.crm.catalog.entity.Product;
import ru.erp.crm.catalog.entity.ProductDetails;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.ContactPurpose;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.company.CompanyCard;
import ru.erp.crm.platform.mail.MailSettings;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.sales.entity.ProposalStatus;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * The proposal boundary against H2 in Oracle mode with the product's migrations and EclipseLink,
 * and GreenMail as the SMTP server (on a free port of its own; the JUnit extension starts no REST
 * API, so nothing competes for Payara's 8080).
 */
class ProposalsTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = TODAY.atTime(10, 0).atZone(MOSCOW).toInstant();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final SalesDatabase db = SalesDatabase.shared();
    private long romashka;
    private long anna;
    private long bolt;
    private long retail;
    private long head;
    private long otherHead;

    @BeforeEach
    void company() {
        db.call(em -> em.createNativeQuery("update crm_user set head_id = null").executeUpdate());
        db.reset();
        romashka = db.customer("KEY", "ООО «Ромашка»", "7707083893", "770701001", db.manager());
        anna = db.call(em -> {
            ContactPerson person = em.find(Counterparty.class, romashka).addContactPerson("Анна Иванова", "Закупки", null);
            person.replaceContactPoints(List.of(new ContactDetails(ContactKind.EMAIL, ContactPurpose.WORK,
                    "Anna@Romashka.ru", null, null)));
            em.flush();
            return person.id();
        });
        retail = db.call(em -> {
            PriceType type = new PriceType("retail", "Розничная", "RUB", null);
            em.persist(type);
            return type.id();
        });
        bolt = db.call(em -> {
            Product product = new Product("bolt-guid", new ProductDetails("ART-8", "Болт М8", null, "796", "шт",
                    new BigDecimal("20"), "20%", null, List.of(), List.of()), null, null, Instant.now());
            product.applyPrices(new PriceList(List.of(new PriceQuote(em.find(PriceType.class, retail),
                    new BigDecimal("40.00"), "RUB", "шт"))), null, Instant.now());
            em.persist(product);
            return product.id();
        });
        head = user("head", "Ольга Смирнова", true);
        otherHead = user("head2", "Пётр Сидоров", false);
        db.proposals.clock = Clock.fixed(NOW, MOSCOW);
        db.proposals.company = CompanyCard.demo();
        db.proposals.mail = new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(), "sales@demo-torg.ru", false, null, null);
        db.actAs(db.managerScope());
    }

    @Test
    void aProposalIsPricedFromTheCatalogueWithLineAndHeaderDiscountsAndNumbered() {
        ProposalView created = create(new BigDecimal("5"), "3");

        assertTrue(created.number().matches("КП-\\d{6}"), created.number());
        assertEquals("DRAFT", created.status());
        ProposalVersionView current = created.current();
        // 1 − 0.97 × 0.95 = 7.85 %: 40 × 3 × 0.9215 = 110.58; delivery 500 × 0.95 = 475.00
        assertEquals(new BigDecimal("7.85"), current.lines().get(0).effectiveDiscountPercent());
        assertEquals(new BigDecimal("110.58"), current.lines().get(0).amount());
        assertEquals(new BigDecimal("585.58"), current.total());
        assertEquals(new BigDecimal("18.43"), current.vatTotal());
        assertEquals("Анна Иванова", created.contactPersonName());
        assertFalse(created.needsApproval());
        assertTrue(db.audited().stream().anyMatch(entry -> entry.startsWith("CREATE proposal " + created.id())));
    }

    @Test
    void sentByMailWithThePdfAndTheLetterIsOnTheCustomersTimeline() throws Exception {
        ProposalView created = create(BigDecimal.ZERO, "5");

        ProposalView sent = db.call(em -> db.proposals.send(created.id(), created.version()));

        assertEquals("SENT", sent.status());
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage letter = received[0];
        assertEquals("Коммерческое предложение № " + created.number() + " от 23.11.2026", letter.getSubject());
        assertEquals("anna@romashka.ru", letter.getAllRecipients()[0].toString());
        Multipart parts = (Multipart) letter.getContent();
        assertTrue(((String) parts.getBodyPart(0).getContent()).startsWith("Здравствуйте, Анна Иванова!"));
        BodyPart attachment = parts.getBodyPart(1);
        assertEquals("KP-" + created.number().substring(3) + ".pdf", attachment.getFileName());
        assertTrue(attachment.getContentType().startsWith("application/pdf"), attachment.getContentType());
        assertTrue(new String(attachment.getInputStream().readAllBytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        Activity activity = db.call(em -> em.createQuery("select a from Activity a", Activity.class).getSingleResult());
        assertEquals(ActivityKind.EMAIL, activity.kind());
        assertEquals(ActivityStatus.DONE, activity.status());
        assertEquals(Long.valueOf(romashka), db.call(em -> em.find(Activity.class, activity.id()).customer().orElseThrow().id()));
        assertEquals(letter.getSubject(), activity.subject());
    }

    @Test
    void anUnapprovedOverLimitProposalIsRefusedAndNothingChanges() {
        // a manager's limit is 10 %: 5 % on the line and 6 % on the whole make 10.7 %
        ProposalView created = create(new BigDecimal("6"), "5");
        assertTrue(created.needsApproval());

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> db.call(em -> db.proposals.send(created.id(), created.version())));

        assertEquals("crm.rule.proposal.approvalRequired", refused.messageKey());
        ProposalView after = db.call(em -> db.proposals.find(created.id()));
        assertEquals("DRAFT", after.status());
        assertEquals(created.version(), after.version());
        assertEquals(0, SMTP.getReceivedMessages().length);
        assertEquals(0, db.count("activity"));
    }

    @Test
    void theAuthorsHeadApprovesFromTheQueueAndOnlyThen() {
        ProposalView created = create(new BigDecimal("6"), "5");
        ProposalView pending = db.call(em -> db.proposals.submit(created.id(), created.version()));
        assertEquals("PENDING_APPROVAL", pending.status());

        db.actAs(headScope(otherHead, "head2"));
        assertEquals(0, db.call(em -> db.proposals.approvalQueue(PageRequest.of(0, 20))).total());
        assertThrows(ForbiddenOperationException.class,
                () -> db.call(em -> db.proposals.approve(created.id(), pending.version(), "ок")));
        db.actAs(headScope(head, "head"));
        assertEquals(List.of(created.id()), db.call(em -> db.proposals.approvalQueue(PageRequest.of(0, 20)))
                .items().stream().map(ProposalSummary::id).toList());
        ProposalView approved = db.call(em -> db.proposals.approve(created.id(), pending.version(), "Согласовано"));

        assertEquals("APPROVED", approved.status());
        assertEquals("APPROVED", approved.current().decision());
        assertEquals("head", approved.current().decidedBy());
        assertTrue(db.audited().stream().anyMatch(entry -> entry.contains("approved " + created.number() + ": Согласовано")));
        db.actAs(db.managerScope());
        assertEquals("SENT", db.call(em -> db.proposals.send(created.id(), approved.version())).status());
    }

    @Test
    void aRejectedVersionIsReworkedAndANewVersionKeepsTheOldOne() {
        ProposalView created = create(new BigDecimal("6"), "5");
        ProposalView pending = db.call(em -> db.proposals.submit(created.id(), created.version()));
        db.actAs(headScope(head, "head"));
        ProposalView rejected = db.call(em -> db.proposals.reject(created.id(), pending.version(), "Скидка велика"));
        assertEquals("REJECTED", rejected.status());
        assertEquals("Скидка велика", rejected.current().decisionComment());

        db.actAs(db.managerScope());
        ProposalView reworked = db.call(em -> db.proposals.update(created.id(), rejected.version(), draft(BigDecimal.ZERO, "5")));
        ProposalView sent = db.call(em -> db.proposals.send(created.id(), reworked.version()));
        ProposalView second = db.call(em -> db.proposals.newVersion(created.id(), sent.version()));
        db.call(em -> db.proposals.update(created.id(), second.version(), draft(BigDecimal.ZERO, null)));

        assertEquals(List.of(1, 2), second.versionNos());
        assertEquals(2, db.call(em -> db.proposals.find(created.id())).current().lines().size());
        ProposalVersionView first = db.call(em -> db.proposals.version(created.id(), 1));
        assertEquals(new BigDecimal("5.00"), first.lines().get(0).discountPercent());
        ProposalVersionView latest = db.call(em -> db.proposals.version(created.id(), 2));
        assertEquals(new BigDecimal("0.00"), latest.lines().get(0).discountPercent());
    }

    @Test
    void anAcceptedProposalBecomesAnOrderAndSupersedesTheOpportunitysOthers() {
        long opportunity = opportunityOf(romashka);
        ProposalView rival = db.call(em -> db.proposals.create(withOpportunity(draft(BigDecimal.ZERO, null), opportunity)));
        ProposalView created = db.call(em -> db.proposals.create(withOpportunity(draft(new BigDecimal("5"), "3"), opportunity)));
        ProposalView sent = db.call(em -> db.proposals.send(created.id(), created.version()));

        ProposalView accepted = db.call(em -> db.proposals.accept(created.id(), sent.version()));

        assertEquals("ACCEPTED", accepted.status());
        OrderView order = db.call(em -> db.orders.find(accepted.orderId()));
        assertEquals(created.current().total(), order.total());
        assertEquals(created.current().vatTotal(), order.vatTotal());
        assertEquals(new BigDecimal("7.85"), order.lines().get(0).discountPercent());
        assertEquals(bolt, order.lines().get(0).productId());
        assertEquals(ProposalStatus.SUPERSEDED.name(), db.call(em -> db.proposals.find(rival.id())).status());
    }

    @Test
    void withoutAMailServerNothingIsSentAndNothingChanges() {
        db.proposals.mail = new MailSettings(null, 25, "crm@localhost", false, null, null);
        ProposalView created = create(BigDecimal.ZERO, null);

        assertEquals("crm.rule.mail.notConfigured", assertThrows(RuleViolationException.class,
                () -> db.call(em -> db.proposals.send(created.id(), created.version()))).messageKey());

        assertEquals("DRAFT", db.call(em -> db.proposals.find(created.id())).status());
        assertEquals(0, db.count("activity"));
    }

    @Test
    void thePrintFormIsAPdfNamedByTheNumber() {
        ProposalView created = create(BigDecimal.ZERO, null);

        ProposalPdf pdf = db.call(em -> db.proposals.pdf(created.id(), null));

        assertEquals("KP-" + created.number().substring(3) + ".pdf", pdf.fileName());
        assertNotNull(pdf.content());
        assertEquals("%PDF", new String(pdf.content(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private ProposalView create(BigDecimal headerDiscount, String lineDiscount) {
        return db.call(em -> db.proposals.create(draft(headerDiscount, lineDiscount)));
    }

    private ProposalDraft draft(BigDecimal headerDiscount, String lineDiscount) {
        return new ProposalDraft(romashka, anna, null, null, retail, TODAY, TODAY.plusDays(30), headerDiscount, List.of(
                new OrderDraft.Line(bolt, null, null, null, new BigDecimal("3"), null,
                        lineDiscount == null ? null : new BigDecimal(lineDiscount), null),
                new OrderDraft.Line(null, "Доставка", null, "услуга", BigDecimal.ONE, new BigDecimal("500"), null, null)));
    }

    /**
     * An opportunity row of the customer, curated by manager, on a one-stage model: the proposals and
     * the e-mail activity a send records refer to it (activity.opportunity_id is a foreign key).
     */
    private long opportunityOf(long customerId) {
        return db.call(em -> {
            em.createNativeQuery("insert into sales_model (id, name, active, created_by, created_at, updated_at)"
                    + " values (7001, 'test model', 1, 'test', current_timestamp, current_timestamp)").executeUpdate();
            em.createNativeQuery("insert into sales_stage (id, model_id, position, name, probability)"
                    + " values (7002, 7001, 1, 'Квалификация', 10)").executeUpdate();
            em.createNativeQuery("insert into opportunity (id, opportunity_number, title, counterparty_id, model_id,"
                    + " stage_id, curator_id, state, created_by, created_at, updated_at) values (7003, 'OPP-007003',"
                    + " 'Поставка крепежа', ?, 7001, 7002, ?, 'OPEN', 'test', current_timestamp, current_timestamp)")
                    .setParameter(1, customerId).setParameter(2, db.manager()).executeUpdate();
            return 7003L;
        });
    }

    private static ProposalDraft withOpportunity(ProposalDraft draft, long opportunityId) {
        return new ProposalDraft(draft.customerId(), draft.contactPersonId(), opportunityId, draft.signerId(),
                draft.priceTypeId(), draft.date(), draft.validUntil(), draft.headerDiscountPercent(), draft.lines());
    }

    private AccessScope headScope(long id, String login) {
        return new AccessScope(id, login, Set.of(Role.SALES_HEAD), true, Set.of(), false, Set.of(id), true);
    }

    private long user(String login, String fullName, boolean headsManager) {
        return db.call(em -> {
            UserAccount user = new UserAccount(login, fullName, "x", Set.of(Role.SALES_HEAD), Instant.now());
            em.persist(user);
            if (headsManager) {
                em.find(UserAccount.class, db.manager()).joinTeamOf(user);
            }
            em.flush();
            return user.id();
        });
    }
}

package ru.erp.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.security.entity.UserAccount;

/**
 * An enquiry not yet a customer: who asked, how to reach them, what they wrote and where it came
 * from. It keeps its own status rules ({@link LeadStatus#next()}): disqualifying needs a reason,
 * it becomes CONVERTED only by {@link #convert} from QUALIFIED, and a converted lead no longer
 * changes until an admin reverses the conversion ({@link #unconvert}), which brings it back to
 * QUALIFIED. The customer, contact person and opportunity it was converted into are bare ids:
 * they belong to other aggregates (and the opportunity to another component).
 */
@Entity
@Table(name = "sales_lead")
public class Lead {

    public static final int COMPANY_LENGTH = 300;
    public static final int PERSON_LENGTH = 200;
    public static final int MESSAGE_LENGTH = 2000;
    public static final int REASON_LENGTH = 500;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int UTM_LENGTH = 100;
    public static final int PAGE_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "lead_seq", sequenceName = "lead_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStatus status;

    @Column(name = "company_name")
    private String companyName;

    @Column(name = "company_search_name")
    private String companySearchName;

    private String inn;

    private String kpp;

    @Column(name = "person_name", nullable = false)
    private String personName;

    private String phone;

    private String email;

    private String message;

    @Column(name = "disqualification_reason")
    private String disqualificationReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "curator_id")
    private UserAccount curator;

    @Column(name = "duplicate_summary")
    private String duplicateSummary;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "contact_person_id")
    private Long contactPersonId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "converted_at")
    private Instant convertedAt;

    @Column(name = "converted_by")
    private String convertedBy;

    @Column(name = "utm_source")
    private String utmSource;

    @Column(name = "utm_medium")
    private String utmMedium;

    @Column(name = "utm_campaign")
    private String utmCampaign;

    @Column(name = "source_page")
    private String sourcePage;

    @Column(name = "client_ip_hash")
    private String clientIpHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "import_id")
    private LeadImport leadImport;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Lead() {
    }

    /** A NEW lead; {@code createdBy} is null for the anonymous web form. */
    public Lead(LeadSource source, LeadDetails details, String createdBy, Instant now) {
        this.source = Objects.requireNonNull(source, "source");
        this.status = LeadStatus.NEW;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now, "now");
        describe(details, now);
    }

    /** Replaces who the lead is; a converted lead keeps what it was converted from. */
    public void describe(LeadDetails details, Instant now) {
        requireNotConverted();
        if (details.personName() == null) {
            throw InvalidRequestException.of("personName", "crm.validation.required");
        }
        this.companyName = details.companyName();
        this.companySearchName = details.companySearchName();
        this.inn = details.inn();
        this.kpp = details.kpp();
        this.personName = details.personName();
        this.phone = details.phone();
        this.email = details.email();
        this.message = details.message();
        this.updatedAt = now;
    }

    /** Where a web form lead was sent from; each value cut to its column. */
    public void trackOrigin(String utmSource, String utmMedium, String utmCampaign, String sourcePage, String clientIpHash) {
        this.utmSource = cut(utmSource, UTM_LENGTH);
        this.utmMedium = cut(utmMedium, UTM_LENGTH);
        this.utmCampaign = cut(utmCampaign, UTM_LENGTH);
        this.sourcePage = cut(sourcePage, PAGE_LENGTH);
        this.clientIpHash = clientIpHash;
    }

    public void importedBy(LeadImport origin) {
        this.leadImport = Objects.requireNonNull(origin, "origin");
    }

    /** Moves the lead by hand; DISQUALIFIED needs a reason, CONVERTED is {@link #convert}'s. */
    public void moveTo(LeadStatus target, String reason, Instant now) {
        Objects.requireNonNull(target, "target");
        requireNotConverted();
        if (target == status) {
            return;
        }
        if (!status.next().contains(target)) {
            throw new RuleViolationException("crm.rule.lead.status", status.name(), target.name());
        }
        if (target == LeadStatus.DISQUALIFIED) {
            if (reason == null || reason.isBlank()) {
                throw InvalidRequestException.of("reason", "crm.validation.required");
            }
            if (reason.strip().length() > REASON_LENGTH) {
                throw InvalidRequestException.of("reason", "crm.validation.tooLong", REASON_LENGTH);
            }
            this.disqualificationReason = reason.strip();
        } else {
            this.disqualificationReason = null;
        }
        this.status = target;
        this.updatedAt = now;
    }

    /** Null unassigns. A converted lead keeps its curator: it is history by then. */
    public void assignTo(UserAccount curator, Instant now) {
        requireNotConverted();
        this.curator = curator;
        this.updatedAt = now;
    }

    public void noteDuplicates(String summary) {
        this.duplicateSummary = cut(summary, SUMMARY_LENGTH);
    }

    /** Records what a qualified lead became; the contact person and opportunity may be missing. */
    public void convert(long customerId, Long contactPersonId, Long opportunityId, String by, Instant now) {
        if (status != LeadStatus.QUALIFIED) {
            throw new RuleViolationException("crm.rule.lead.notQualified", status.name());
        }
        this.customerId = customerId;
        this.contactPersonId = contactPersonId;
        this.opportunityId = opportunityId;
        this.convertedBy = Objects.requireNonNull(by, "by");
        this.convertedAt = now;
        this.status = LeadStatus.CONVERTED;
        this.updatedAt = now;
    }

    /**
     * Reverses a conversion: back to QUALIFIED and unlinked from what it became. That customer,
     * contact and opportunity stay where they are (the caller decides nothing about them here).
     */
    public void unconvert(Instant now) {
        if (status != LeadStatus.CONVERTED) {
            throw new RuleViolationException("crm.rule.lead.notConverted", status.name());
        }
        this.customerId = null;
        this.contactPersonId = null;
        this.opportunityId = null;
        this.convertedBy = null;
        this.convertedAt = null;
        this.status = LeadStatus.QUALIFIED;
        this.updatedAt = now;
    }

    /** The audited fields, for before/after. */
    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status.name());
        values.put("companyName", companyName);
        values.put("inn", inn);
        values.put("kpp", kpp);
        values.put("personName", personName);
        values.put("phone", phone);
        values.put("email", email);
        values.put("disqualificationReason", disqualificationReason);
        values.put("curator", curator == null ? null : curator.login());
        values.put("customerId", customerId);
        values.put("contactPersonId", contactPersonId);
        values.put("opportunityId", opportunityId);
        return values;
    }

    private void requireNotConverted() {
        if (status == LeadStatus.CONVERTED) {
            throw new RuleViolationException("crm.rule.lead.converted", String.valueOf(id));
        }
    }

    private static String cut(String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public LeadSource source() {
        return source;
    }

    public LeadStatus status() {
        return status;
    }

    public String companyName() {
        return companyName;
    }

    public String companySearchName() {
        return companySearchName;
    }

    public String inn() {
        return inn;
    }

    public String kpp() {
        return kpp;
    }

    public String personName() {
        return personName;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String message() {
        return message;
    }

    public String disqualificationReason() {
        return disqualificationReason;
    }

    public Optional<UserAccount> curator() {
        return Optional.ofNullable(curator);
    }

    public String duplicateSummary() {
        return duplicateSummary;
    }

    public Long customerId() {
        return customerId;
    }

    public Long contactPersonId() {
        return contactPersonId;
    }

    public Long opportunityId() {
        return opportunityId;
    }

    public Instant convertedAt() {
        return convertedAt;
    }

    public String convertedBy() {
        return convertedBy;
    }

    public String utmSource() {
        return utmSource;
    }

    public String utmMedium() {
        return utmMedium;
    }

    public String utmCampaign() {
        return utmCampaign;
    }

    public String sourcePage() {
        return sourcePage;
    }

    public String clientIpHash() {
        return clientIpHash;
    }

    public Optional<LeadImport> leadImport() {
        return Optional.ofNullable(leadImport);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

package ru.erp.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/**
 * One row of an import's file as it was read (each value cut to its column), what is wrong with
 * it and what it resembles; once imported, the lead it became.
 */
@Entity
@Table(name = "lead_import_row")
public class LeadImportRow {

    @Id
    @SequenceGenerator(name = "lead_import_row_seq", sequenceName = "lead_import_row_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_import_row_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "import_id")
    private LeadImport leadImport;

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(name = "company_name")
    private String companyName;

    private String inn;

    private String kpp;

    @Column(name = "person_name")
    private String personName;

    private String phone;

    private String email;

    private String message;

    private String errors;

    @Column(name = "duplicate_summary")
    private String duplicateSummary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    private Lead lead;

    protected LeadImportRow() {
    }

    LeadImportRow(LeadImport leadImport, int rowNo, ImportedValues values, List<ImportRowError> errors,
                  String duplicateSummary) {
        this.leadImport = leadImport;
        this.rowNo = rowNo;
        this.companyName = cut(values.companyName(), Lead.COMPANY_LENGTH);
        this.inn = cut(values.inn(), 50);
        this.kpp = cut(values.kpp(), 50);
        this.personName = cut(values.personName(), Lead.PERSON_LENGTH);
        this.phone = cut(values.phone(), 50);
        this.email = cut(values.email(), 254);
        this.message = cut(values.message(), Lead.MESSAGE_LENGTH);
        this.errors = cut(ImportRowError.encode(errors), 2000);
        this.duplicateSummary = cut(duplicateSummary, Lead.SUMMARY_LENGTH);
    }

    public boolean isGood() {
        return errors == null;
    }

    void becameLead(Lead created) {
        this.lead = created;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public int rowNo() {
        return rowNo;
    }

    /** The values as read, which a confirmed import turns into a lead. */
    public ImportedValues values() {
        return new ImportedValues(companyName, inn, kpp, personName, phone, email, message);
    }

    public List<ImportRowError> errors() {
        return ImportRowError.decode(errors);
    }

    public String duplicateSummary() {
        return duplicateSummary;
    }

    public Optional<Lead> lead() {
        return Optional.ofNullable(lead);
    }

    /** The cells of one row as the file had them, mapped to the lead's fields. */
    public record ImportedValues(String companyName, String inn, String kpp, String personName, String phone,
                                 String email, String message) {

        public LeadDetails details() {
            return new LeadDetails(companyName, inn, kpp, personName, phone, email, message);
        }
    }
}

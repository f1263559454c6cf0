package ru.erp.crm.sales.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import ru.erp.crm.sales.entity.LeadImportRow.ImportedValues;

/**
 * An uploaded file of leads: first a preview (every row as read, with its errors), then, once the
 * user confirms, the good rows become leads. Confirming is done once: a second confirmation finds
 * the import IMPORTED and changes nothing; two at the same time meet at the version.
 */
@Entity
@Table(name = "lead_import")
public class LeadImport {

    public static final int FILE_NAME_LENGTH = 255;

    @Id
    @SequenceGenerator(name = "lead_import_seq", sequenceName = "lead_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_import_seq")
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "good_rows", nullable = false)
    private int goodRows;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadImportStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @OneToMany(mappedBy = "leadImport", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowNo")
    private List<LeadImportRow> rows = new ArrayList<>();

    @Version
    private long version;

    protected LeadImport() {
    }

    public LeadImport(String fileName, String createdBy, Instant now) {
        String name = fileName == null || fileName.isBlank() ? "leads" : fileName.strip();
        this.fileName = name.length() <= FILE_NAME_LENGTH ? name : name.substring(name.length() - FILE_NAME_LENGTH);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
        this.status = LeadImportStatus.PREVIEW;
    }

    /** Adds a row as read from the file, with its errors (none: it will be imported). */
    public void addRow(int rowNo, ImportedValues values, List<ImportRowError> errors, String duplicateSummary) {
        if (status != LeadImportStatus.PREVIEW) {
            throw new IllegalStateException("Import " + id + " is already confirmed");
        }
        LeadImportRow row = new LeadImportRow(this, rowNo, values, errors, duplicateSummary);
        rows.add(row);
        rowCount++;
        if (row.isGood()) {
            goodRows++;
        }
    }

    /**
     * Turns every good row into a lead made by {@code leads} (which persists it), once: true when
     * this call imported, false when the import was already confirmed.
     */
    public boolean confirm(String by, Instant now, Function<LeadImportRow, Lead> leads) {
        if (status == LeadImportStatus.IMPORTED) {
            return false;
        }
        for (LeadImportRow row : rows) {
            if (row.isGood()) {
                Lead lead = leads.apply(row);
                lead.importedBy(this);
                row.becameLead(lead);
            }
        }
        this.status = LeadImportStatus.IMPORTED;
        this.confirmedBy = by;
        this.confirmedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public int rowCount() {
        return rowCount;
    }

    public int goodRows() {
        return goodRows;
    }

    public LeadImportStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public List<LeadImportRow> rows() {
        return List.copyOf(rows);
    }

    public long version() {
        return version;
    }
}

package ru.erp.crm.sales.boundary;

import java.time.Instant;
import java.util.List;
import ru.erp.crm.sales.entity.ImportRowError;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.sales.entity.LeadImport;
import ru.erp.crm.sales.entity.LeadImportRow;
import ru.erp.crm.sales.entity.LeadImportStatus;

/** An import as its page shows it: every row as read, its errors and duplicate hints, its lead once imported. */
public record ImportPreview(Long id, String fileName, LeadImportStatus status, int rowCount, int goodRows,
                            String createdBy, Instant createdAt, String confirmedBy, Instant confirmedAt,
                            List<Row> rows, long version) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public static ImportPreview of(LeadImport i) {
        return new ImportPreview(i.id(), i.fileName(), i.status(), i.rowCount(), i.goodRows(), i.createdBy(),
                i.createdAt(), i.confirmedBy(), i.confirmedAt(), i.rows().stream().map(Row::of).toList(), i.version());
    }

    /** One row: {@code rowNo} is the line (CSV) or row (XLSX) number in the file, the header being 1. */
    public record Row(int rowNo, String companyName, String inn, String kpp, String personName, String phone,
                      String email, String message, List<ImportRowError> errors, String duplicateSummary,
                      Long leadId) {

        static Row of(LeadImportRow row) {
            var v = row.values();
            return new Row(row.rowNo(), v.companyName(), v.inn(), v.kpp(), v.personName(), v.phone(), v.email(),
                    v.message(), row.errors(), row.duplicateSummary(), row.lead().map(Lead::id).orElse(null));
        }
    }
}

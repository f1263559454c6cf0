package ru.erp.crm.sales.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import ru.erp.crm.platform.rest.Messages;
import ru.erp.crm.sales.boundary.ImportPreview;
import ru.erp.crm.sales.entity.ImportRowError;

/** An import's preview as the API answers it: each row error with its message in the caller's language. */
public record ImportResponse(Long id, String fileName, String status, int rowCount, int goodRows, String createdBy,
                             Instant createdAt, String confirmedBy, Instant confirmedAt, List<Row> rows, long version) {

    static ImportResponse of(ImportPreview preview, Locale locale) {
        return new ImportResponse(preview.id(), preview.fileName(), preview.status().name(), preview.rowCount(),
                preview.goodRows(), preview.createdBy(), preview.createdAt(), preview.confirmedBy(),
                preview.confirmedAt(), preview.rows().stream().map(row -> Row.of(row, locale)).toList(),
                preview.version());
    }

    public record Row(int rowNo, String companyName, String inn, String kpp, String personName, String phone,
                      String email, String message, List<RowError> errors, String duplicateSummary, Long leadId) {

        static Row of(ImportPreview.Row row, Locale locale) {
            return new Row(row.rowNo(), row.companyName(), row.inn(), row.kpp(), row.personName(), row.phone(),
                    row.email(), row.message(), row.errors().stream().map(error -> RowError.of(error, locale)).toList(),
                    row.duplicateSummary(), row.leadId());
        }
    }

    /** What is wrong with one cell: the column as the file names it, the message key and its text. */
    public record RowError(String column, String code, String message) {

        static RowError of(ImportRowError error, Locale locale) {
            List<Object> arguments = error.argument() == null ? List.of() : List.of(error.argument());
            return new RowError(error.column(), error.messageKey(), Messages.text(error.messageKey(), arguments, locale));
        }
    }
}

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.sales.control.LeadColumns;
import ru.erp.crm.sales.control.LeadDuplicates;
import ru.erp.crm.sales.control.LeadFile;
import ru.erp.crm.sales.control.LeadValidator;
import ru.erp.crm.sales.entity.ImportRowError;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.sales.entity.LeadDetails;
import ru.erp.crm.sales.entity.LeadImport;
import ru.erp.crm.sales.entity.LeadImportRow;
import ru.erp.crm.sales.entity.LeadImportRow.ImportedValues;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Leads from a CSV or XLSX file in two steps: the upload stores a preview (each row as read, its
 * errors by row and column, what it resembles in the base and earlier in the same file) and
 * imports nothing; confirming turns the good rows into leads, once. An import is its uploader's
 * and the admins'.
 */
@Stateless
@PermitAll
public class LeadImports {

    static final String ENTITY = "lead_import";

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER})
    public ImportPreview preview(String fileName, byte[] content) {
        List<List<String>> lines = LeadFile.read(content);
        if (lines.isEmpty() || LeadColumns.isBlank(lines.get(0))) {
            throw InvalidRequestException.of("file", "crm.validation.leadImport.empty");
        }
        LeadColumns columns = new LeadColumns(lines.get(0));
        LeadImport upload = new LeadImport(fileName, caller.scope().login(), clock.instant());
        LeadDuplicates duplicates = new LeadDuplicates(em);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (LeadColumns.isBlank(cells)) {
                continue;
            }
            int rowNo = i + 1;
            LeadDraft draft = columns.draft(cells);
            List<ImportRowError> errors = LeadValidator.violationsOf(draft).stream()
                    .map(v -> new ImportRowError(columns.columnOf(v.field()), v.messageKey(),
                            v.arguments().isEmpty() ? null : String.valueOf(v.arguments().get(0))))
                    .toList();
            LeadDetails details = LeadValidator.details(draft);
            List<String> hints = new ArrayList<>();
            Optional.ofNullable(LeadDuplicates.summary(duplicates.of(details, null))).ifPresent(hints::add);
            sameInFile(details, rowNo, seen).ifPresent(hints::add);
            upload.addRow(rowNo, new ImportedValues(draft.companyName(), draft.inn(), draft.kpp(), draft.personName(),
                    draft.phone(), draft.email(), draft.message()), errors, hints.isEmpty() ? null : String.join("; ", hints));
        }
        if (upload.rowCount() == 0) {
            throw InvalidRequestException.of("file", "crm.validation.leadImport.empty");
        }
        em.persist(upload);
        em.flush();
        return ImportPreview.of(upload);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER})
    public ImportPreview find(long id) {
        return ImportPreview.of(own(id, caller.scope()));
    }

    /**
     * Imports the good rows as NEW leads (a sales manager importing becomes their curator) and
     * answers the import with each row's lead. Confirming an imported file again changes nothing.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER, Role.Names.MARKETER})
    public ImportPreview confirm(long id) {
        AccessScope scope = caller.scope();
        LeadImport upload = own(id, scope);
        Instant now = clock.instant();
        var curator = scope.has(Role.SALES_MANAGER) ? caller.user() : null;
        boolean imported = upload.confirm(scope.login(), now, row -> lead(row, scope.login(), curator, now));
        em.flush();
        if (imported) {
            audit.record(AuditAction.IMPORT, ENTITY, upload.id(), "leads imported from «" + upload.fileName() + "»: "
                    + upload.goodRows() + " of " + upload.rowCount() + " rows", null, Map.of("leads", upload.goodRows()));
        }
        return ImportPreview.of(upload);
    }

    private Lead lead(LeadImportRow row, String by, UserAccount curator, Instant now) {
        Lead lead = new Lead(LeadSource.IMPORT, row.values().details(), by, now);
        lead.assignTo(curator, now);
        lead.noteDuplicates(row.duplicateSummary());
        em.persist(lead);
        return lead;
    }

    private LeadImport own(long id, AccessScope scope) {
        return Optional.ofNullable(em.find(LeadImport.class, id))
                .filter(upload -> scope.has(Role.ADMIN) || upload.createdBy().equals(scope.login()))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** "row 3 PHONE" when an earlier row of the same file has this INN, phone or e-mail. */
    private static Optional<String> sameInFile(LeadDetails details, int rowNo, Map<String, Integer> seen) {
        Optional<String> hint = Optional.empty();
        for (String[] key : new String[][] {{"INN", details.inn()}, {"PHONE", details.phone()}, {"EMAIL", details.email()}}) {
            if (key[1] == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(key[0] + ":" + key[1], rowNo);
            if (earlier != null && hint.isEmpty()) {
                hint = Optional.of("row " + earlier + " " + key[0]);
            }
        }
        return hint;
    }
}

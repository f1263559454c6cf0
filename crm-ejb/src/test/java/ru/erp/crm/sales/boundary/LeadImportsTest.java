package ru.erp.crm.sales.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.sales.entity.ImportRowError;
import ru.erp.crm.sales.entity.LeadImportStatus;
import ru.erp.crm.sales.entity.LeadSource;

/** Lead imports against H2: preview with row errors and hints, nothing before confirm, confirm once. */
class LeadImportsTest {

    private static final String CSV = """
            Компания;ИНН;ФИО;Телефон;E-mail;Комментарий
            ООО «Ромашка»;7707083893;Анна Петрова;8 916 123-45-67;;"Звонить после 12; просила КП"
            ООО «Вектор»;123;Борис;;boris@;
            ;;;;;
            ИП Сидоров;;Сидоров Пётр;+7 916 123 45 67;;
            """;

    private final LeadsDatabase db = LeadsDatabase.shared();
    private final LeadImports imports = db.imports;

    @BeforeEach
    void reset() {
        db.reset();
    }

    @Test
    void aWindows1251CsvPreviewsEveryRowWithItsErrorsAndImportsNothing() {
        ImportPreview preview = db.call(() -> imports.preview("leads.csv", CSV.getBytes(Charset.forName("windows-1251"))));

        assertEquals(LeadImportStatus.PREVIEW, preview.status());
        assertEquals(3, preview.rowCount());
        assertEquals(2, preview.goodRows());
        assertEquals(List.of(2, 3, 5), preview.rows().stream().map(ImportPreview.Row::rowNo).toList());
        ImportPreview.Row first = preview.rows().get(0);
        assertEquals("ООО «Ромашка»", first.companyName());
        assertEquals("Звонить после 12; просила КП", first.message());
        assertEquals(List.of(new ImportRowError("ИНН", "crm.validation.inn.format", null),
                new ImportRowError("E-mail", "crm.validation.email.format", null)), preview.rows().get(1).errors());
        assertEquals("row 2 PHONE", preview.rows().get(2).duplicateSummary());
        assertEquals(0, db.count("sales_lead"));
    }

    @Test
    void confirmingImportsTheGoodRowsOnceAndTheImporterCuratesThem() {
        long id = db.call(() -> imports.preview("leads.csv", CSV.getBytes(StandardCharsets.UTF_8))).id();

        ImportPreview imported = db.call(() -> imports.confirm(id));
        ImportPreview again = db.call(() -> imports.confirm(id));

        assertEquals(LeadImportStatus.IMPORTED, imported.status());
        assertNotNull(imported.rows().get(0).leadId());
        assertNull(imported.rows().get(1).leadId());
        assertEquals(2, db.count("sales_lead"));
        assertEquals(imported.rows(), again.rows());
        List<LeadSummary> leads = db.call(() -> db.leads.list(new LeadQuery(null, LeadSource.IMPORT, null, false, null),
                new PageRequest(0, 10))).items();
        assertEquals(List.of("manager", "manager"), leads.stream().map(LeadSummary::curator).toList());
        assertEquals(1, db.audited().stream().filter(entry -> entry.startsWith("IMPORT lead_import " + id)).count());
    }

    @Test
    void anXlsxIsReadAsExcelShowsItsCells() throws IOException {
        byte[] xlsx = xlsx(List.of("Company", "INN", "Name", "Phone"), List.of("ООО «Ромашка»", 7707083893d, "Анна", 79161234567d));

        ImportPreview preview = db.call(() -> imports.preview("leads.xlsx", xlsx));

        assertEquals("7707083893", preview.rows().get(0).inn());
        assertEquals("79161234567", preview.rows().get(0).phone());
        assertEquals(List.of(), preview.rows().get(0).errors());
    }

    @Test
    void aFileWithoutANameColumnOrRowsIsRefusedAndAnImportIsItsUploadersAndAdmins() {
        assertEquals("crm.validation.leadImport.nameColumn", assertThrows(InvalidRequestException.class, () -> db.call(() ->
                imports.preview("x.csv", "Company,Phone\nA,+79161234567\n".getBytes(StandardCharsets.UTF_8))))
                .violations().get(0).messageKey());
        assertThrows(InvalidRequestException.class, () -> db.call(() -> imports.preview("x.csv", "Name;Phone\n".getBytes(StandardCharsets.UTF_8))));
        long id = db.call(() -> imports.preview("leads.csv", CSV.getBytes(StandardCharsets.UTF_8))).id();

        db.actAs("manager2");
        assertThrows(RecordNotFoundException.class, () -> db.call(() -> imports.confirm(id)));
        db.actAs("admin");
        assertEquals(3, db.call(() -> imports.find(id)).rowCount());
    }

    private static byte[] xlsx(List<String> header, List<Object> row) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Лиды");
            XSSFRow first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            XSSFRow second = sheet.createRow(1);
            for (int i = 0; i < row.size(); i++) {
                if (row.get(i) instanceof Double number) {
                    second.createCell(i).setCellValue(number);
                } else {
                    second.createCell(i).setCellValue((String) row.get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

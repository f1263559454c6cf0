package ru.erp.crm.sales.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.erp.crm.platform.problem.InvalidRequestException;

/**
 * Reads an uploaded file of leads into rows of cell texts, the header first. XLSX (recognised by
 * its zip signature, whatever the name says): the first sheet, each cell as Excel shows it, so an
 * INN stays "7707083893" and not 7.707083893E9. Anything else is CSV: UTF-8 when the bytes are
 * valid UTF-8, else windows-1251 (what Russian Excel saves), separated by ';' or ',' whichever the
 * header line has more of, with RFC 4180 quoting.
 */
public final class LeadFile {

    /** Rows a preview shows at most: more is a file for the exchange, not for a page. */
    public static final int MAX_ROWS = 5000;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private LeadFile() {
    }

    public static List<List<String>> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidRequestException.of("file", "crm.validation.leadImport.empty");
        }
        if (content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return xlsx(content);
        }
        if (content.length > 3 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
            // the pre-2007 binary format: ask for XLSX or CSV rather than guess at it
            throw InvalidRequestException.of("file", "crm.validation.leadImport.format");
        }
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return csv(text, delimiter(text));
    }

    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1251.decode(ByteBuffer.wrap(content)).toString();
        }
    }

    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    static List<List<String>> csv(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        CharBuffer chars = CharBuffer.wrap(text);
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (quoted) {
                if (c == '"' && chars.hasRemaining() && chars.get(chars.position()) == '"') {
                    cell.append('"');
                    chars.get();
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && chars.hasRemaining() && chars.get(chars.position()) == '\n') {
                    chars.get();
                }
                row.add(cell.toString());
                cell.setLength(0);
                addRow(rows, row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            addRow(rows, row);
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                    }
                }
                addRow(rows, cells);
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidRequestException refused) {
                throw refused;
            }
            throw InvalidRequestException.of("file", "crm.validation.leadImport.unreadable");
        }
    }

    /** Keeps row numbers as the file's (a blank line is still a line), and stops a flood early. */
    private static void addRow(List<List<String>> rows, List<String> row) {
        if (rows.size() > MAX_ROWS) {
            throw InvalidRequestException.of("file", "crm.validation.leadImport.tooManyRows", MAX_ROWS);
        }
        rows.add(row);
    }
}

package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.problem.InvalidRequestException;

class LeadFileTest {

    @Test
    void theSeparatorIsTheOneTheHeaderHasMoreOfOutsideQuotes() {
        assertEquals(';', LeadFile.delimiter("Имя;Телефон;\"a,b,c\"\nx,y,z"));
        assertEquals(',', LeadFile.delimiter("name,phone,email\n"));
        assertEquals(',', LeadFile.delimiter("name\n"));
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
        assertEquals(List.of(List.of("a", "b;c", "say \"hi\""), List.of("line\r\nbreak", "")),
                LeadFile.csv("a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"line\r\nbreak\";", ';'));
    }

    @Test
    void blankLinesKeepTheirPlaceSoRowNumbersAreTheFiles() {
        assertEquals(List.of(List.of("a"), List.of(""), List.of("b")), LeadFile.csv("a\n\nb\n", ','));
    }

    @Test
    void utf8IsReadAsSuchAndAnythingElseAsWindows1251WithoutTheBom() {
        String text = "Имя;Телефон\nАнна;+79161234567\n";
        assertEquals(List.of("Имя", "Телефон"), LeadFile.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)).get(0));
        assertEquals(List.of("Анна", "+79161234567"), LeadFile.read(text.getBytes(Charset.forName("windows-1251"))).get(1));
    }

    @Test
    void emptyOldExcelAndBrokenXlsxFilesAreRefusedNamingTheFile() {
        assertEquals("crm.validation.leadImport.empty", key(new byte[0]));
        assertEquals("crm.validation.leadImport.format", key(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}));
        assertEquals("crm.validation.leadImport.unreadable", key(new byte[] {'P', 'K', 3, 4, 0, 0, 0}));
    }

    @Test
    void aFloodOfRowsIsRefused() {
        String rows = "Name\n" + "x\n".repeat(LeadFile.MAX_ROWS + 1);
        assertEquals("crm.validation.leadImport.tooManyRows", key(rows.getBytes(StandardCharsets.UTF_8)));
    }

    private static String key(byte[] content) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> LeadFile.read(content));
        assertEquals("file", refused.violations().get(0).field());
        return refused.violations().get(0).messageKey();
    }
}

package ru.erp.crm.integration.onec.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedLinesTest {

    @Test
    void crlfLfAndLoneCrEndLinesAndALastLineNeedsNoTerminator() throws IOException {
        NumberedLines lines = new NumberedLines(new StringReader("a\r\nb\nc\rd\r\n\r\ne"));

        assertEquals(List.of("a", "b", "c", "d", "", "e"), drain(lines));
        assertEquals(6, lines.number());
    }

    @Test
    void aFinalTerminatorDoesNotMakeAnEmptyLine() throws IOException {
        assertEquals(List.of("a"), drain(new NumberedLines(new StringReader("a\r\n"))));
        assertEquals(List.of(), drain(new NumberedLines(new StringReader(""))));
    }

    @Test
    void aCrlfSplitAcrossBufferFillsIsOneTerminator() throws IOException {
        String first = "x".repeat(8191) + "\r";

        assertEquals(List.of("x".repeat(8191), "next"), drain(new NumberedLines(new StringReader(first + "\nnext"))));
    }

    @Test
    void anOverlongLineIsRefusedWithItsNumber() {
        NumberedLines lines = new NumberedLines(new StringReader("ok\n" + "x".repeat(NumberedLines.MAX_LENGTH + 1)));

        BankExchangeFormatException failure = assertThrows(BankExchangeFormatException.class, () -> drain(lines));
        assertEquals(2, failure.getLine());
    }

    private static List<String> drain(NumberedLines lines) throws IOException {
        List<String> all = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }
}

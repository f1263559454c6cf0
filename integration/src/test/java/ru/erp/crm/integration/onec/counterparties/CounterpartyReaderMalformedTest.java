package ru.erp.crm.integration.onec.counterparties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.erp.crm.integration.onec.commerceml.CommerceMlFormatException;
import ru.erp.crm.integration.onec.commerceml.Samples;

class CounterpartyReaderMalformedTest {

    private static final String ORDERS_207 =
            "2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml";

    @TempDir
    Path tmp;

    @Test
    void truncatedFileFailsWhereItEndsAfterReturningTheEarlierCounterparty() throws IOException {
        byte[] original = Samples.bytes(ORDERS_207);
        // Cut inside the second document's counterparty (it starts on line 172).
        int secondCounterparty = indexOf(original, "<Ид>fab0f37b-1818-11e6-b175-6805ca05f260</Ид>");
        Path truncated = write("truncated.xml", Arrays.copyOf(original, secondCounterparty + 400));

        try (CounterpartyReader reader = new CounterpartyReader(Files.newInputStream(truncated))) {
            CounterpartyRecord first = reader.next();
            assertEquals(13, first.line());
            assertEquals("1#admin#Петров Петр", first.externalId());

            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, reader::hasNext);
            assertTrue(error.getLine() > 172, "reported at the end of the data, was " + error.getLine());
            assertTrue(error.getMessage().startsWith("Malformed CommerceML at line " + error.getLine() + ", column "),
                    error.getMessage());
            assertSame(error, assertThrows(CommerceMlFormatException.class, reader::next),
                    "the reader stays failed");
            assertEquals("1#admin#Петров Петр", first.externalId(), "returned records stay intact");
        }
    }

    @Test
    void truncatedSingleLineExportReportsTheColumn() throws IOException {
        // offers.xml is the XML declaration plus one 600 KB line. (Its pair import.xml is not quite
        // single-line: one product's ПолноеНаименование carries eight line breaks.)
        byte[] original = Samples.bytes("2.04/cp1251-single-line-export/offers.xml");
        Path truncated = write("offers.xml", Arrays.copyOf(original, original.length / 2));

        try (CounterpartyReader reader = new CounterpartyReader(Files.newInputStream(truncated))) {
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, reader::hasNext);
            // Every error is on line 2 here: only the column locates it.
            assertEquals(2, error.getLine());
            assertTrue(error.getColumn() > 100_000, "column " + error.getColumn());
        }
    }

    @Test
    void garbageInTheMiddleFailsThereAfterReturningTheEarlierCounterparty() throws IOException {
        String original = new String(Samples.bytes(ORDERS_207), StandardCharsets.UTF_8);
        int secondDocument = original.indexOf("<Документ>", original.indexOf("</Документ>"));
        String damaged = original.substring(0, secondDocument) + "<<oops>>" + original.substring(secondDocument);
        int damagedLine = (int) damaged.substring(0, secondDocument).lines().count();

        try (CounterpartyReader reader = new CounterpartyReader(
                Files.newInputStream(write("damaged.xml", damaged.getBytes(StandardCharsets.UTF_8))))) {
            assertEquals(13, reader.next().line());
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, reader::hasNext);
            assertEquals(damagedLine, error.getLine());
        }
    }

    @Test
    void windows1251BytesDeclaredAsUtf8() throws IOException {
        String declaration = "encoding=\"windows-1251\"";
        byte[] original = Samples.bytes("2.03/official-protocol-examples/to.xml");
        byte[] relabelled = replaceFirst(original, declaration, "encoding=\"UTF-8\"");

        CommerceMlFormatException error = readExpectingFailure(write("to.xml", relabelled));

        assertEquals(2, error.getLine(), "the first Cyrillic byte is in the root element name on line 2");
        assertTrue(error.getMessage().contains("UTF-8"), error.getMessage());
        assertTrue(error.getMessage().contains("do not match the encoding declared"), error.getMessage());
    }

    @Test
    void utf8BytesDeclaredAsWindows1251() throws IOException {
        // The JDK parser follows the declaration even over a UTF-8 BOM; the mis-decoded root name
        // is not even a well-formed tag, so this does not pass silently as mojibake.
        byte[] relabelled = replaceFirst(Samples.bytes(ORDERS_207), "encoding=\"UTF-8\"", "encoding=\"windows-1251\"");

        assertEquals(2, readExpectingFailure(write("orders.xml", relabelled)).getLine());
    }

    @Test
    void plainTextGarbage() throws IOException {
        CommerceMlFormatException error = readExpectingFailure(write("garbage.xml",
                "Ошибка 500: сервер 1С недоступен\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(1, error.getLine());
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};

        assertEquals(1, readExpectingFailure(write("garbage.bin", garbage)).getLine());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals(1, readExpectingFailure(write("empty.xml", new byte[0])).getLine());
    }

    @Test
    void wellFormedXmlThatIsNotCommerceMl() throws IOException {
        byte[] html = "<?xml version=\"1.0\"?>\n<html><body>Ошибка</body></html>".getBytes(StandardCharsets.UTF_8);

        CommerceMlFormatException error = readExpectingFailure(write("error.html", html));

        assertEquals(2, error.getLine());
        assertTrue(error.getMessage().contains("root element is <html>"), error.getMessage());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = write("secret.txt", "ИНН 7700000000".getBytes(StandardCharsets.UTF_8));
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE КоммерческаяИнформация [<!ENTITY s SYSTEM \""
                + secret.toUri() + "\">]>\n<КоммерческаяИнформация><Контрагенты><Контрагент><Ид>&s;</Ид>"
                + "</Контрагент></Контрагенты></КоммерческаяИнформация>";

        CommerceMlFormatException error = readExpectingFailure(write("xxe.xml", xml.getBytes(StandardCharsets.UTF_8)));

        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertFalse(error.getMessage().contains("7700000000"));
    }

    @Test
    void unreadableInputIsAnIoProblemNotAFormatProblem() {
        byte[] document = "<?xml version=\"1.0\"?><КоммерческаяИнформация><Контрагенты>".getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position == document.length) {
                    throw new IOException("connection reset");
                }
                return document[position++] & 0xff;
            }
        };

        try (CounterpartyReader reader = new CounterpartyReader(failing)) {
            UncheckedIOException error = assertThrows(UncheckedIOException.class, reader::hasNext);
            assertEquals("connection reset", error.getCause().getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CommerceMlFormatException readExpectingFailure(Path file) throws IOException {
        try (CounterpartyReader reader = new CounterpartyReader(Files.newInputStream(file))) {
            return assertThrows(CommerceMlFormatException.class, reader::hasNext);
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] target = needle.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i <= haystack.length - target.length; i++) {
            if (Arrays.equals(haystack, i, i + target.length, target, 0, target.length)) {
                return i;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    /** Byte-level replace, so the rest of the file keeps its original encoding. */
    private static byte[] replaceFirst(byte[] content, String ascii, String replacement) {
        int at = indexOf(content, ascii);
        byte[] with = replacement.getBytes(StandardCharsets.US_ASCII);
        byte[] result = new byte[content.length - ascii.length() + with.length];
        System.arraycopy(content, 0, result, 0, at);
        System.arraycopy(with, 0, result, at, with.length);
        System.arraycopy(content, at + ascii.length(), result, at + with.length, content.length - at - ascii.length());
        return result;
    }
}

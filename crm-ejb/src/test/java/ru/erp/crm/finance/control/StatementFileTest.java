package ru.erp.crm.finance.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.PayloadTooLargeException;

class StatementFileTest {

    private static final String STATEMENT = "1CClientBankExchange\r\nВерсияФормата=1.03\r\nКодировка=Windows\r\nКонецФайла\r\n";
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @Test
    void aStatementIsCopiedAsItCame() throws IOException {
        byte[] bytes = STATEMENT.getBytes(WINDOWS_1251);
        Path file = StatementFile.store(new ByteArrayInputStream(bytes), 1024, "file");
        try {
            assertArrayEquals(bytes, Files.readAllBytes(file));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theSignatureMayFollowAUtf8BomOrBlanksAndEndTheFile() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[bom.length + 22];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy("1CClientBankExchange\n".getBytes(StandardCharsets.US_ASCII), 0, withBom, bom.length, 21);

        assertTrue(StatementFile.isStatement(withBom));
        assertTrue(StatementFile.isStatement("  1CClientBankExchange\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(StatementFile.isStatement("1CClientBankExchange".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(StatementFile.isStatement("1CClientBankExchangeX\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(StatementFile.isStatement("<?xml version=\"1.0\"?>".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(StatementFile.isStatement("1CClient".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void emptyAndForeignFilesAreRefusedNamingTheField() {
        InvalidRequestException empty = assertThrows(InvalidRequestException.class,
                () -> StatementFile.store(InputStream.nullInputStream(), 1024, "file"));
        InvalidRequestException foreign = assertThrows(InvalidRequestException.class,
                () -> StatementFile.store(new ByteArrayInputStream("ИНН;Сумма\n".getBytes(StandardCharsets.UTF_8)), 1024, "file"));

        assertEquals("file", empty.violations().get(0).field());
        assertEquals(StatementFile.EMPTY, empty.violations().get(0).messageKey());
        assertEquals(StatementFile.NOT_A_STATEMENT, foreign.violations().get(0).messageKey());
    }

    @Test
    void readingStopsAtTheLimitAndLeavesNoFileBehind() throws IOException {
        List<Path> before = leftovers();
        byte[] statement = (STATEMENT + "x".repeat(200_000)).getBytes(WINDOWS_1251);
        CountingStream body = new CountingStream(statement);

        PayloadTooLargeException thrown = assertThrows(PayloadTooLargeException.class,
                () -> StatementFile.store(body, 100_000, "file"));

        assertEquals(StatementFile.TOO_LARGE, thrown.messageKey());
        assertTrue(body.read < statement.length, "read " + body.read + " of " + statement.length);
        assertEquals(before, leftovers());
        assertThrows(PayloadTooLargeException.class,
                () -> StatementFile.store(new ByteArrayInputStream(STATEMENT.getBytes(WINDOWS_1251)), 30, "file"));
    }

    @Test
    void theLimitIsStatedInWholeMegabytes() {
        assertEquals(List.of(256L), StatementFile.tooLarge(256L * 1024 * 1024).arguments());
    }

    private static List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("crm-statement-")).sorted().toList();
        }
    }

    private static final class CountingStream extends ByteArrayInputStream {
        private int read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }
}

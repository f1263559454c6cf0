package ru.erp.crm.integration.onec.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import ru.erp.crm.finance.boundary.BankStatementElement.Document;
import ru.erp.crm.finance.boundary.BankStatementElement.Statement;

class BankStatementReaderStreamingTest {

    private static final int DOCUMENTS = 100_000;
    private static final int HEADER_LINES = 5;
    private static final int LINES_PER_DOCUMENT = 10;

    @Test
    void aHundredThousandDocumentsAreReadFromAStreamOneByOne() throws Exception {
        GeneratedStatement input = new GeneratedStatement();

        try (BankStatementReader reader = new BankStatementReader(input)) {
            assertInstanceOf(Statement.class, reader.next());
            Document first = (Document) reader.next();
            assertEquals("1", first.number());
            assertTrue(input.consumed <= BankFileEncoding.PREFIX_LENGTH + 8192,
                    "read " + input.consumed + " bytes for the first document");

            int documents = 1;
            BigDecimal sum = first.amount();
            Document last = first;
            while (reader.hasNext()) {
                last = (Document) reader.next();
                documents++;
                assertEquals(String.valueOf(documents), last.number());
                sum = sum.add(last.amount());
            }
            assertEquals(DOCUMENTS, documents);
            assertEquals(input.total, input.consumed);
            assertEquals(BankFileEncoding.WINDOWS_1251, reader.charset());
            // amounts are 1.01, 2.01, ...: n(n+1)/2 rubles and n kopecks
            assertEquals(new BigDecimal((long) DOCUMENTS * (DOCUMENTS + 1) / 2).add(new BigDecimal(DOCUMENTS).movePointLeft(2)),
                    sum);
            assertEquals("line " + (HEADER_LINES + 1 + (DOCUMENTS - 1) * LINES_PER_DOCUMENT), last.position());
        }
    }

    /**
     * A statement of {@value #DOCUMENTS} documents (about 40 MB in windows-1251, CRLF) produced on
     * the fly, counting the bytes handed out.
     */
    private static final class GeneratedStatement extends InputStream {
        private static final byte[] HEAD = ("1CClientBankExchange\r\nВерсияФормата=1.03\r\nКодировка=Windows\r\n"
                + "РасчСчет=40702810000000000001\r\nДатаНачала=01.03.2024\r\n").getBytes(BankFileEncoding.WINDOWS_1251);
        private static final byte[] TAIL = "КонецФайла\r\n".getBytes(BankFileEncoding.WINDOWS_1251);

        final long total;
        long consumed;
        private int next;
        private byte[] chunk = HEAD;
        private int position;

        GeneratedStatement() {
            long sum = HEAD.length + TAIL.length;
            for (int i = 1; i <= DOCUMENTS; i++) {
                sum += document(i).length;
            }
            total = sum;
        }

        private static byte[] document(int number) {
            return ("СекцияДокумент=Платежное поручение\r\nНомер=" + number + "\r\nДата=01.03.2024\r\nСумма=" + number
                    + ".01\r\nПлательщикСчет=40702810900000000009\r\nПлательщик1=ООО Плательщик " + number
                    + "\r\nПолучательСчет=40702810000000000001\r\nПолучатель1=ООО Ромашка\r\n"
                    + "НазначениеПлатежа=Оплата по счету " + number + " от 01.03.2024, НДС не облагается\r\n"
                    + "КонецДокумента\r\n").getBytes(BankFileEncoding.WINDOWS_1251);
        }

        @Override
        public int read() {
            if (position == chunk.length && !nextChunk()) {
                return -1;
            }
            consumed++;
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == chunk.length && !nextChunk()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, count);
            position += count;
            consumed += count;
            return count;
        }

        private boolean nextChunk() {
            if (next > DOCUMENTS) {
                return false;
            }
            next++;
            chunk = next <= DOCUMENTS ? document(next) : TAIL;
            position = 0;
            return true;
        }
    }
}

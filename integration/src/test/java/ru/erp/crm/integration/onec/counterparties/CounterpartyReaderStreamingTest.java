package ru.erp.crm.integration.onec.counterparties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CounterpartyReaderStreamingTest {

    private static final int COUNTERPARTIES = 20_000;

    @Test
    void firstRecordIsAvailableLongBeforeTheInputIsConsumed() throws Exception {
        GeneratedExport input = new GeneratedExport();

        try (CounterpartyReader reader = new CounterpartyReader(input)) {
            assertEquals("id-0", reader.next().externalId());
            assertTrue(input.consumed < input.total / 20,
                    "read " + input.consumed + " of " + input.total + " bytes for the first record");

            int count = 1;
            while (reader.hasNext()) {
                assertEquals("id-" + count, reader.next().externalId());
                count++;
            }
            assertEquals(COUNTERPARTIES, count);
            assertEquals(input.total, input.consumed);
        }
    }

    /** A multi-megabyte catalogue-level export produced on the fly, counting the bytes handed out. */
    private static final class GeneratedExport extends InputStream {
        private static final byte[] HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация><Контрагенты>\n"
                .getBytes(StandardCharsets.UTF_8);
        private static final byte[] TAIL = "</Контрагенты></КоммерческаяИнформация>\n".getBytes(StandardCharsets.UTF_8);

        final long total;
        long consumed;
        private int next;
        private byte[] chunk = HEAD;
        private int position;

        GeneratedExport() {
            long sum = HEAD.length + TAIL.length;
            for (int i = 0; i < COUNTERPARTIES; i++) {
                sum += counterparty(i).length;
            }
            total = sum;
        }

        private static byte[] counterparty(int i) {
            return ("<Контрагент><Ид>id-" + i + "</Ид><Наименование>Покупатель " + i
                    + "</Наименование><ИНН>2500000000</ИНН></Контрагент>\n").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            if (position == chunk.length) {
                if (next > COUNTERPARTIES) {
                    return -1;
                }
                chunk = next < COUNTERPARTIES ? counterparty(next) : TAIL;
                next++;
                position = 0;
            }
            consumed++;
            return chunk[position++] & 0xff;
        }
    }
}

package ru.erp.crm.integration.onec.counterparties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CounterpartyBatchesTest {

    @Test
    void splitsIntoFullBatchesAndAShorterLastOne() {
        List<List<String>> batches = ids(new CounterpartyBatches(records(5).iterator(), 2));

        assertEquals(List.of(List.of("0", "1"), List.of("2", "3"), List.of("4")), batches);
    }

    @Test
    void exactMultipleHasNoEmptyTail() {
        assertEquals(List.of(List.of("0", "1"), List.of("2", "3")),
                ids(new CounterpartyBatches(records(4).iterator(), 2)));
    }

    @Test
    void emptySourceHasNoBatches() {
        CounterpartyBatches batches = new CounterpartyBatches(List.<CounterpartyRecord>of().iterator(), 10);

        assertFalse(batches.hasNext());
        assertThrows(NoSuchElementException.class, batches::next);
    }

    @Test
    void rejectsNonPositiveSize() {
        assertThrows(IllegalArgumentException.class, () -> new CounterpartyBatches(records(1).iterator(), 0));
    }

    @Test
    void pullsOnlyOneBatchAhead() {
        CountingIterator source = new CountingIterator(records(1000).iterator());
        CounterpartyBatches batches = new CounterpartyBatches(source, 3);

        batches.next();

        assertEquals(3, source.pulled);
    }

    @Test
    void batchesAreUnmodifiable() {
        List<CounterpartyRecord> batch = new CounterpartyBatches(records(2).iterator(), 5).next();

        assertThrows(UnsupportedOperationException.class, () -> batch.add(records(1).get(0)));
    }

    @Test
    void batchesTheRealReader() throws IOException {
        List<List<CounterpartyRecord>> batches = new ArrayList<>();
        try (CounterpartyReader reader = new CounterpartyReader(Files.newInputStream(Samples.commerceml(
                "2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml")))) {
            new CounterpartyBatches(reader, 1).forEachRemaining(batches::add);
        }

        assertEquals(List.of(13, 172), batches.stream().map(b -> b.get(0).line()).toList());
    }

    @Test
    void aFormatErrorMidBatchDeliversTheGoodRecordsFirst() throws IOException {
        String broken = "<КоммерческаяИнформация><Контрагенты>\n"
                + "<Контрагент><Ид>a</Ид></Контрагент>\n"
                + "<Контрагент><Ид>b</Ид></Контрагент>\n"
                + "<Контрагент><Ид>c</Ид>";
        try (CounterpartyReader reader = new CounterpartyReader(Samples.stream(broken.getBytes(StandardCharsets.UTF_8)))) {
            CounterpartyBatches batches = new CounterpartyBatches(reader, 10);

            assertEquals(List.of("a", "b"), batches.next().stream().map(CounterpartyRecord::externalId).toList());
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, batches::hasNext);
            assertEquals(4, error.getLine());
            assertThrows(CommerceMlFormatException.class, batches::next);
        }
    }

    private static List<CounterpartyRecord> records(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new CounterpartyRecord(String.valueOf(i), null, null, null, null, null, false,
                        null, null, null, List.of(), i + 1, "/КоммерческаяИнформация/Контрагенты/Контрагент[" + (i + 1) + "]"))
                .toList();
    }

    private static List<List<String>> ids(CounterpartyBatches batches) {
        List<List<String>> result = new ArrayList<>();
        batches.forEachRemaining(batch -> result.add(batch.stream().map(CounterpartyRecord::externalId).toList()));
        return result;
    }

    private static final class CountingIterator implements Iterator<CounterpartyRecord> {
        private final Iterator<CounterpartyRecord> delegate;
        int pulled;

        CountingIterator(Iterator<CounterpartyRecord> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public CounterpartyRecord next() {
            pulled++;
            return delegate.next();
        }
    }
}

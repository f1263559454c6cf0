package ru.erp.crm.integration.onec.commerceml;

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
import ru.erp.crm.integration.onec.counterparties.CounterpartyReader;
import ru.erp.crm.integration.onec.counterparties.CounterpartyRecord;

class BatchesTest {

    @Test
    void splitsIntoFullBatchesAndAShorterLastOne() {
        assertEquals(List.of(List.of("0", "1"), List.of("2", "3"), List.of("4")),
                collect(new Batches<>(items(5).iterator(), 2)));
    }

    @Test
    void exactMultipleHasNoEmptyTail() {
        assertEquals(List.of(List.of("0", "1"), List.of("2", "3")), collect(new Batches<>(items(4).iterator(), 2)));
    }

    @Test
    void emptySourceHasNoBatches() {
        Batches<String> batches = new Batches<>(List.<String>of().iterator(), 10);

        assertFalse(batches.hasNext());
        assertThrows(NoSuchElementException.class, batches::next);
    }

    @Test
    void rejectsNonPositiveSize() {
        assertThrows(IllegalArgumentException.class, () -> new Batches<>(items(1).iterator(), 0));
    }

    @Test
    void pullsOnlyOneBatchAhead() {
        CountingIterator source = new CountingIterator(items(1000).iterator());
        Batches<String> batches = new Batches<>(source, 3);

        batches.next();

        assertEquals(3, source.pulled);
    }

    @Test
    void batchesAreUnmodifiable() {
        List<String> batch = new Batches<>(items(2).iterator(), 5).next();

        assertThrows(UnsupportedOperationException.class, () -> batch.add("x"));
    }

    @Test
    void batchesTheRealReader() throws IOException {
        List<List<CounterpartyRecord>> batches = new ArrayList<>();
        try (CounterpartyReader reader = new CounterpartyReader(Files.newInputStream(Samples.commerceml(
                "2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml")))) {
            new Batches<CounterpartyRecord>(reader, 1).forEachRemaining(batches::add);
        }

        assertEquals(List.of(13, 172), batches.stream().map(b -> b.get(0).line()).toList());
    }

    @Test
    void aFormatErrorMidBatchDeliversTheGoodItemsFirst() throws IOException {
        String broken = "<КоммерческаяИнформация><Контрагенты>\n"
                + "<Контрагент><Ид>a</Ид></Контрагент>\n"
                + "<Контрагент><Ид>b</Ид></Контрагент>\n"
                + "<Контрагент><Ид>c</Ид>";
        try (CounterpartyReader reader = new CounterpartyReader(Samples.stream(broken.getBytes(StandardCharsets.UTF_8)))) {
            Batches<CounterpartyRecord> batches = new Batches<>(reader, 10);

            assertEquals(List.of("a", "b"), batches.next().stream().map(CounterpartyRecord::externalId).toList());
            CommerceMlFormatException error = assertThrows(CommerceMlFormatException.class, batches::hasNext);
            assertEquals(4, error.getLine());
            assertThrows(CommerceMlFormatException.class, batches::next);
        }
    }

    private static List<String> items(int count) {
        return IntStream.range(0, count).mapToObj(String::valueOf).toList();
    }

    private static List<List<String>> collect(Batches<String> batches) {
        List<List<String>> result = new ArrayList<>();
        batches.forEachRemaining(result::add);
        return result;
    }

    private static final class CountingIterator implements Iterator<String> {
        private final Iterator<String> delegate;
        int pulled;

        CountingIterator(Iterator<String> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public String next() {
            pulled++;
            return delegate.next();
        }
    }
}

package ru.erp.crm.integration.onec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.erp.crm.catalog.boundary.CatalogElement.Group;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;

class CatalogReaderStreamingTest {

    private static final int PRODUCTS = 200_000;

    @Test
    void aLargeCatalogueIsReadFromAStreamElementByElement() throws Exception {
        GeneratedCatalogue input = new GeneratedCatalogue();

        try (CatalogReader reader = new CatalogReader(input)) {
            assertInstanceOf(Group.class, reader.next());
            Product first = (Product) reader.next();
            assertEquals("p-0", first.externalId());
            assertTrue(input.consumed < 64 * 1024, "read " + input.consumed + " bytes for the first product");

            int products = 1;
            Product last = first;
            while (reader.hasNext()) {
                last = (Product) reader.next();
                assertEquals("p-" + products, last.externalId());
                products++;
            }
            assertEquals(PRODUCTS, products);
            assertEquals(input.total, input.consumed);
            assertEquals(Boolean.FALSE, reader.containsOnlyChanges());
            assertEquals("Товар \"" + (PRODUCTS - 1) + "\"", last.name());
            assertEquals(new BigDecimal("20"), last.vatRate());
            assertEquals("line " + (PRODUCTS + 3) + ": /КоммерческаяИнформация/Каталог/Товары/Товар[" + PRODUCTS + "]",
                    last.position());
        }
    }

    /**
     * A catalogue of {@value #PRODUCTS} products (tens of megabytes) produced on the fly, one line
     * per product, counting the bytes handed out; entity references are in every name, as 1C
     * writes quotes.
     */
    private static final class GeneratedCatalogue extends InputStream {
        private static final byte[] HEAD = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.07\">"
                + "<Классификатор><Группы><Группа><Ид>g</Ид><Наименование>Все</Наименование></Группа></Группы></Классификатор>\n"
                + "<Каталог СодержитТолькоИзменения=\"false\"><Ид>cat</Ид><Товары>\n").getBytes(StandardCharsets.UTF_8);
        private static final byte[] TAIL = "</Товары></Каталог></КоммерческаяИнформация>\n".getBytes(StandardCharsets.UTF_8);

        final long total;
        long consumed;
        private int next;
        private byte[] chunk = HEAD;
        private int position;

        GeneratedCatalogue() {
            long sum = HEAD.length + TAIL.length;
            for (int i = 0; i < PRODUCTS; i++) {
                sum += product(i).length;
            }
            total = sum;
        }

        private static byte[] product(int i) {
            return ("<Товар><Ид>p-" + i + "</Ид><Артикул>A-" + i + "</Артикул><Наименование>Товар &quot;" + i
                    + "&quot;</Наименование><БазоваяЕдиница Код=\"796 \" НаименованиеПолное=\"Штука\"/>"
                    + "<Группы><Ид>g</Ид></Группы><СтавкиНалогов><СтавкаНалога><Наименование>НДС</Наименование>"
                    + "<Ставка>20</Ставка></СтавкаНалога></СтавкиНалогов><ЗначенияСвойств><ЗначенияСвойства>"
                    + "<Ид>weight</Ид><Значение>1,5</Значение></ЗначенияСвойства></ЗначенияСвойств></Товар>\n")
                    .getBytes(StandardCharsets.UTF_8);
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
            if (next > PRODUCTS) {
                return false;
            }
            chunk = next < PRODUCTS ? product(next) : TAIL;
            next++;
            position = 0;
            return true;
        }
    }
}

package ru.erp.crm.integration.onec.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.SiteOrderFormat;

class CommerceMlOrderFormatTest {

    private final SiteOrderFormat format = new CommerceMlOrderFormat();

    @Test
    void theOrdersAreWrittenInTheChannelsCharset() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        format.write(List.of(OrderDocumentWriterTest.companyOrder(), OrderDocumentWriterTest.personOrder()),
                StandardCharsets.UTF_8, out);

        assertTrue(new String(out.toByteArray(), StandardCharsets.UTF_8).startsWith(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertEquals(List.of("CRM-1001", "CRM-1002"), numbers(out.toByteArray()));
    }

    @Test
    void withoutACharsetTheyAreWindows1251() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        format.write(List.of(OrderDocumentWriterTest.personOrder()), null, out);

        assertTrue(new String(out.toByteArray(), Charset.forName("windows-1251")).startsWith(
                "<?xml version=\"1.0\" encoding=\"windows-1251\"?>"));
        assertEquals(List.of("CRM-1002"), numbers(out.toByteArray()));
    }

    private static List<String> numbers(byte[] answer) throws IOException {
        try (DocumentReader reader = new DocumentReader(new ByteArrayInputStream(answer))) {
            List<String> numbers = new ArrayList<>();
            reader.forEachRemaining(element -> numbers.add(((DocumentElement.Readable) element).document().number()));
            return numbers;
        }
    }
}

package ru.erp.crm.exchange.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadCompletenessTest {

    private static final String DOCUMENT = "<?xml version=\"1.0\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"2.07\">"
            + "<Документ><Ид>1</Ид></Документ></КоммерческаяИнформация>\r\n";

    @TempDir
    Path folder;

    @Test
    void aWholeDocumentIsCompleteInEitherEncoding() throws IOException {
        assertTrue(UploadCompleteness.isComplete(write("orders.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8))));
        assertTrue(UploadCompleteness.isComplete(write("orders1251.xml", DOCUMENT.getBytes(Charset.forName("windows-1251")))));
    }

    @Test
    void aPrefixedRootCountsToo() throws IOException {
        String prefixed = "<c:КоммерческаяИнформация xmlns:c=\"urn:1C.ru:commerceml_2\"></c:КоммерческаяИнформация>";
        assertTrue(UploadCompleteness.isComplete(write("prefixed.xml", prefixed.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aDocumentCutShortIsNot() throws IOException {
        byte[] whole = DOCUMENT.getBytes(StandardCharsets.UTF_8);
        assertFalse(UploadCompleteness.isComplete(write("first-chunk.xml", Arrays.copyOf(whole, whole.length - 12))));
        assertFalse(UploadCompleteness.isComplete(write("inner-end.xml",
                "<КоммерческаяИнформация><Документ></Документ>".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aZipIsCompleteOnlyWithItsCentralDirectory() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("orders.xml"));
            zip.write(DOCUMENT.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] archive = bytes.toByteArray();
        assertTrue(UploadCompleteness.isComplete(write("orders.zip", archive)));
        assertFalse(UploadCompleteness.isComplete(write("part.zip", Arrays.copyOf(archive, archive.length / 2))));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}

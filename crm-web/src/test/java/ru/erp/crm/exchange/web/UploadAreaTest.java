package ru.erp.crm.exchange.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadAreaTest {

    @TempDir
    Path folder;

    @Test
    void chunksOfOneFileAreAppendedInOrder() throws IOException {
        UploadArea area = new UploadArea(folder);
        area.append("import.xml", stream("<a>"));
        long size = area.append("import.xml", stream("</a>"));
        assertEquals(7, size);
        assertEquals("<a></a>", Files.readString(area.file("import.xml")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.xml", "/etc/passwd", "sub/dir.xml", "import_files/../../x.xml", "C:\\x.xml",
            "..\\escape.xml", " "})
    void namesThatWouldLeaveTheFolderOrAreNotPlainAreRefused(String name) {
        UploadArea area = new UploadArea(folder);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> area.append(name, stream("x")));
        assertTrue(refused.getMessage().contains("filename"), refused.getMessage());
    }

    @Test
    void picturesMayLiveBelowImportFiles() throws IOException {
        UploadArea area = new UploadArea(folder);
        area.append("import_files/ab/abcd.jpg", stream("jpg"));
        assertTrue(Files.isRegularFile(folder.resolve("import_files/ab/abcd.jpg")));
    }

    @Test
    void archivesAreUnpackedOnceAndRemoved() throws IOException {
        UploadArea area = new UploadArea(folder);
        area.append("exchange.zip", new ByteArrayInputStream(zip("offers.xml", "import_files/a/b.jpg")));
        assertEquals(List.of("offers.xml", "import_files/a/b.jpg"), area.unpackArchives());
        assertEquals("offers.xml", Files.readString(area.file("offers.xml")));
        assertFalse(Files.exists(folder.resolve("exchange.zip")));
        assertEquals(List.of(), area.unpackArchives());
    }

    @Test
    void anArchiveEntryThatWouldLeaveTheFolderIsRefused() throws IOException {
        UploadArea area = new UploadArea(folder);
        area.append("evil.zip", new ByteArrayInputStream(zip("../evil.xml")));
        assertThrows(IllegalArgumentException.class, area::unpackArchives);
        assertFalse(Files.exists(folder.getParent().resolve("evil.xml")));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Entries whose content is their own name. */
    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

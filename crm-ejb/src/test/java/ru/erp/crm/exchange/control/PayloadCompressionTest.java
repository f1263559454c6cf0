package ru.erp.crm.exchange.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.erp.crm.exchange.entity.PayloadDigest;

class PayloadCompressionTest {

    @TempDir
    Path dir;

    @Test
    void aPayloadComesBackByteForByte() throws IOException, NoSuchAlgorithmException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><КоммерческаяИнформация ВерсияСхемы=\"2.10\">"
                + "<Каталог><Ид>1</Ид></Каталог></КоммерческаяИнформация>").getBytes(StandardCharsets.UTF_8);
        Path source = Files.write(dir.resolve("import.xml"), xml);
        Path gzipped = dir.resolve("import.xml.gz");

        PayloadDigest digest = PayloadCompression.gzip(source, gzipped);

        assertEquals(xml.length, digest.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml)), digest.sha256());
        ByteArrayOutputStream restored = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(gzipped)) {
            PayloadCompression.gunzip(in, restored);
        }
        assertArrayEquals(xml, restored.toByteArray());
    }

    @Test
    void anEmptyFileIsAnEmptyPayload() throws IOException {
        Path source = Files.write(dir.resolve("empty.xml"), new byte[0]);
        PayloadDigest digest = PayloadCompression.gzip(source, dir.resolve("empty.gz"));
        assertEquals(0, digest.size());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", digest.sha256());
    }

    @Test
    void aLargeRepetitiveFileStreamsThroughAndShrinks() throws IOException, NoSuchAlgorithmException {
        Path source = dir.resolve("offers.xml");
        MessageDigest written = MessageDigest.getInstance("SHA-256");
        byte[] line = "<Предложение><Ид>00000000-0000-0000-0000-000000000000</Ид><Цена>100.00</Цена></Предложение>\n"
                .getBytes(StandardCharsets.UTF_8);
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(source), written)) {
            for (int i = 0; i < 100_000; i++) {
                out.write(line);
                size += line.length;
            }
        }
        Path gzipped = dir.resolve("offers.gz");

        PayloadDigest digest = PayloadCompression.gzip(source, gzipped);

        assertEquals(size, digest.size());
        assertEquals(HexFormat.of().formatHex(written.digest()), digest.sha256());
        assertTrue(Files.size(gzipped) < size / 20, "compressed to " + Files.size(gzipped) + " of " + size);
        MessageDigest restored = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(gzipped);
             OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), restored)) {
            PayloadCompression.gunzip(in, out);
        }
        assertEquals(digest.sha256(), HexFormat.of().formatHex(restored.digest()));
    }

    @Test
    void randomBytesSurviveTheRoundTrip() throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(20261123L).nextBytes(bytes);
        Path gzipped = dir.resolve("random.gz");
        PayloadCompression.gzip(Files.write(dir.resolve("random.bin"), bytes), gzipped);
        ByteArrayOutputStream restored = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(gzipped)) {
            PayloadCompression.gunzip(in, restored);
        }
        assertArrayEquals(bytes, restored.toByteArray());
    }

    @Test
    void somethingThatIsNotGzipIsRefused() {
        InputStream notGzip = new ByteArrayInputStream("plain text".getBytes(StandardCharsets.UTF_8));
        assertThrows(UncheckedIOException.class, () -> PayloadCompression.gunzip(notGzip, new ByteArrayOutputStream()));
    }

    @Test
    void aMissingSourceIsReported() {
        assertThrows(UncheckedIOException.class,
                () -> PayloadCompression.gzip(dir.resolve("missing.xml"), dir.resolve("missing.gz")));
    }
}

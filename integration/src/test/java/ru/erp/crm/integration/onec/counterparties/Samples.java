package ru.erp.crm.integration.onec.counterparties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Access to the shared real 1C exports (see SOURCES.md in the samples directory). */
final class Samples {

    private static final String DEFAULT_DIR = "/work/shared/samples/1c";

    private Samples() {
    }

    static Path commercemlDir() {
        Path dir = Path.of(System.getProperty("crm.samples.dir", DEFAULT_DIR)).resolve("commerceml");
        // Fail loudly: a missing samples directory must not turn into a green run that checked nothing.
        assertTrue(Files.isDirectory(dir), "CommerceML samples not found at " + dir);
        return dir;
    }

    static Path commerceml(String relative) {
        return commercemlDir().resolve(relative);
    }

    static byte[] bytes(String relative) throws IOException {
        return Files.readAllBytes(commerceml(relative));
    }

    static List<CounterpartyRecord> readAll(Path file) throws IOException {
        try (CounterpartyReader reader = new CounterpartyReader(Files.newInputStream(file))) {
            return drain(reader);
        }
    }

    static List<CounterpartyRecord> readAll(byte[] document) throws IOException {
        try (CounterpartyReader reader = new CounterpartyReader(new ByteArrayInputStream(document))) {
            return drain(reader);
        }
    }

    static InputStream stream(byte[] document) {
        return new ByteArrayInputStream(document);
    }

    private static List<CounterpartyRecord> drain(CounterpartyReader reader) {
        List<CounterpartyRecord> records = new ArrayList<>();
        reader.forEachRemaining(records::add);
        return records;
    }
}

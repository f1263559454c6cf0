package ru.erp.crm.integration.onec.commerceml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Access to the shared real 1C exports (see SOURCES.md in the samples directory). */
public final class Samples {

    private static final String DEFAULT_DIR = "/work/shared/samples/1c";

    private Samples() {
    }

    public static Path commercemlDir() {
        Path dir = Path.of(System.getProperty("crm.samples.dir", DEFAULT_DIR)).resolve("commerceml");
        // Fail loudly: a missing samples directory must not turn into a green run that checked nothing.
        assertTrue(Files.isDirectory(dir), "CommerceML samples not found at " + dir);
        return dir;
    }

    public static Path commerceml(String relative) {
        return commercemlDir().resolve(relative);
    }

    /** Every sample file, sorted by path. */
    public static List<Path> commercemlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(commercemlDir())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The path below the CommerceML samples directory, with forward slashes. */
    public static String relative(Path file) {
        return commercemlDir().relativize(file).toString().replace('\\', '/');
    }

    public static byte[] bytes(String relative) throws IOException {
        return Files.readAllBytes(commerceml(relative));
    }

    public static InputStream stream(byte[] document) {
        return new ByteArrayInputStream(document);
    }

    public static <T> List<T> readAll(Path file, Function<InputStream, ? extends CommerceMlReader<T>> opener)
            throws IOException {
        try (CommerceMlReader<T> reader = opener.apply(Files.newInputStream(file))) {
            return drain(reader);
        }
    }

    public static <T> List<T> readAll(byte[] document, Function<InputStream, ? extends CommerceMlReader<T>> opener)
            throws IOException {
        try (CommerceMlReader<T> reader = opener.apply(new ByteArrayInputStream(document))) {
            return drain(reader);
        }
    }

    private static <T> List<T> drain(CommerceMlReader<T> reader) {
        List<T> items = new ArrayList<>();
        reader.forEachRemaining(items::add);
        return items;
    }
}

package ru.erp.crm.integration.onec.bank;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.integration.onec.commerceml.Samples;

/** The shared bank statement samples, next to the CommerceML ones, and reading helpers. */
final class BankSamples {

    private BankSamples() {
    }

    static Path dir() {
        Path dir = Samples.commercemlDir().resolveSibling("bankexchange");
        assertTrue(Files.isDirectory(dir), "bank statement samples not found at " + dir);
        return dir;
    }

    static Path sourcesMd() {
        return dir().resolveSibling("SOURCES.md");
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir())) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static List<BankStatementElement> readAll(Path file) throws IOException {
        return readAll(Files.newInputStream(file));
    }

    static List<BankStatementElement> readAll(String text, Charset charset) throws IOException {
        return readAll(new ByteArrayInputStream(text.getBytes(charset)));
    }

    static List<BankStatementElement> readAll(InputStream input) throws IOException {
        try (BankStatementReader reader = new BankStatementReader(input)) {
            List<BankStatementElement> elements = new ArrayList<>();
            reader.forEachRemaining(elements::add);
            return elements;
        }
    }

    /** What a reader yields until it fails, and the failure. */
    record Partial(List<BankStatementElement> elements, RuntimeException failure) {
    }

    static Partial readUntilFailure(String text, Charset charset) throws IOException {
        List<BankStatementElement> elements = new ArrayList<>();
        try (BankStatementReader reader = new BankStatementReader(new ByteArrayInputStream(text.getBytes(charset)))) {
            while (reader.hasNext()) {
                elements.add(reader.next());
            }
        } catch (BankExchangeFormatException e) {
            return new Partial(elements, e);
        }
        return new Partial(elements, null);
    }
}

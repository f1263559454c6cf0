package ru.erp.crm.integration.onec.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.finance.boundary.BankStatementElement.Document;
import ru.erp.crm.finance.boundary.BankStatementElement.Statement;

/**
 * Runs the reader over every shared bank statement and checks what it yields against two
 * independent sources: plain string counting over the decoded text (СекцияДокумент= lines, their
 * kinds, the sum of Сумма= lines), and the ground-truth table of SOURCES.md.
 */
class BankStatementSampleFilesTest {

    private static final Pattern SOURCES_ROW = Pattern.compile(
            "^\\| `bankexchange/([^`]+)` \\| documents=(\\d+) \\{([^}]*)}, sum\\(Сумма\\)=([\\d.]+) \\|$");
    private static final Pattern KIND_COUNT = Pattern.compile("'([^']+)': (\\d+)");

    private record Expected(int documents, Map<String, Integer> kinds, BigDecimal sum) {
    }

    @TestFactory
    Stream<DynamicTest> everySampleYieldsTheIndependentlyCountedDocuments() throws IOException {
        Map<String, Expected> table = sourcesTable();
        return BankSamples.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<BankStatementElement> elements = BankSamples.readAll(file);
            List<String> text = decodedLines(file);

            Statement statement = assertInstanceOf(Statement.class, elements.get(0));
            assertEquals(headerValue(text, "ВерсияФормата"), statement.formatVersion());
            List<Document> documents = elements.subList(1, elements.size()).stream()
                    .map(element -> assertInstanceOf(Document.class, element, "no sample has a broken document"))
                    .toList();
            Expected yielded = new Expected(documents.size(), kinds(documents.stream().map(Document::kind)),
                    documents.stream().map(Document::amount).reduce(BigDecimal.ZERO, BigDecimal::add));

            assertEquals(countedInText(text), yielded, "reader vs string counting");
            assertEquals(table.get(file.getFileName().toString()), yielded, "reader vs SOURCES.md");
        }));
    }

    @Test
    void sourcesMdHasARowForEverySample() throws IOException {
        List<String> files = BankSamples.files().stream().map(file -> file.getFileName().toString()).toList();

        assertEquals(files, sourcesTable().keySet().stream().sorted().toList());
    }

    /** The bytes as UTF-8 when they are valid UTF-8, else windows-1251 (as SOURCES.md describes them). */
    private static List<String> decodedLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = new String(bytes, BankFileEncoding.WINDOWS_1251);
        }
        return text.lines().toList();
    }

    private static Expected countedInText(List<String> lines) {
        String section = "СекцияДокумент=";
        String amount = "Сумма=";
        List<String> sections = lines.stream().filter(line -> line.startsWith(section)).toList();
        BigDecimal sum = lines.stream().filter(line -> line.startsWith(amount))
                .map(line -> new BigDecimal(line.substring(amount.length()).strip()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Expected(sections.size(), kinds(sections.stream().map(line -> line.substring(section.length()))),
                sum);
    }

    private static String headerValue(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith(key + "=")).findFirst()
                .map(line -> line.substring(key.length() + 1)).orElseThrow();
    }

    private static Map<String, Integer> kinds(Stream<String> kinds) {
        return kinds.collect(Collectors.toMap(kind -> kind, kind -> 1, Integer::sum, TreeMap::new));
    }

    private static Map<String, Expected> sourcesTable() throws IOException {
        Map<String, Expected> table = new HashMap<>();
        for (String line : Files.readAllLines(BankSamples.sourcesMd())) {
            Matcher row = SOURCES_ROW.matcher(line);
            if (row.matches()) {
                Map<String, Integer> kinds = new TreeMap<>();
                Matcher kind = KIND_COUNT.matcher(row.group(3));
                while (kind.find()) {
                    kinds.put(kind.group(1), Integer.parseInt(kind.group(2)));
                }
                table.put(row.group(1), new Expected(Integer.parseInt(row.group(2)), kinds, new BigDecimal(row.group(4))));
            }
        }
        assertTrue(table.size() >= 6, "SOURCES.md bank rows found: " + table.keySet());
        return table;
    }
}

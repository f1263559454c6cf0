package ru.erp.crm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a catalogue benchmark prints and writes: a time-stamped log with the 1-minute load average
 * at each step (to tell a busy machine from a slow program) and a summary table of results.
 */
final class BenchLog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final String title;
    private final Map<String, String> results = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();

    BenchLog(String title) {
        this.title = title;
    }

    void log(String line) {
        String stamped = STAMP.format(LocalDateTime.now()) + " [load " + loadAverage() + "] " + line;
        lines.add(stamped);
        System.out.println(stamped);
        System.out.flush();
    }

    void result(String label, String value) {
        results.put(label, value);
        log(label + ": " + value);
    }

    /** Prints the summary and writes it with the log to {@code file}. */
    void write(Path file, String facts) throws IOException {
        List<String> out = new ArrayList<>();
        out.add(title + ", " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.now(ZoneOffset.UTC).withNano(0)) + " UTC");
        out.add(facts + "; " + Runtime.getRuntime().availableProcessors() + " cores; Java " + System.getProperty("java.version"));
        int width = results.keySet().stream().map(String::length).max(Comparator.naturalOrder()).orElse(10);
        out.add("-".repeat(width + 40));
        results.forEach((k, v) -> out.add(String.format("%-" + width + "s  %s", k, v)));
        out.add("-".repeat(width + 40));
        int summary = out.size();
        out.add("");
        out.add("Log:");
        out.addAll(lines);
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
        System.out.println();
        out.subList(0, summary).forEach(System.out::println);
        System.out.println("Written to " + file);
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}

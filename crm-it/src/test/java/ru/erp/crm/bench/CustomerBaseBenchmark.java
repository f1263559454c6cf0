package ru.erp.crm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import ru.erp.crm.customer.entity.SearchName;

/**
 * The customer-base benchmark (BENCHMARKS.md): loads N synthetic 1C counterparties through the
 * product's own path (CommerceML files dropped into the 1C inbox of a running CRM: Camel file route,
 * StAX reader, batch upsert, JPA) and the same rows by plain JDBC batch inserts into a fresh H2
 * database with the same Flyway schema; then measures customer search latency through the REST API
 * at that size. Not a test: nothing is asserted, the figures are printed and written to
 * {@code target/benchmark/customers.txt}.
 *
 * <p>System properties: {@code bench.rows} (default 1,000,000), {@code bench.fileRows} (rows per
 * CommerceML file, default 100,000), {@code bench.queries} (per search kind, default 200),
 * {@code bench.keepServer} (leave the benchmark server running, default false). The server is the
 * launcher's ({@code ./crm}) with {@code CRM_PORTBASE} from the environment, started on a fresh H2
 * database and inbox under {@code target/benchmark}, so the demo database under data/ is untouched.
 */
public final class CustomerBaseBenchmark {

    private static final int JDBC_BATCH = 500;
    private static final String USER = "admin";
    private static final String PASSWORD = "demo";

    private final Path root;
    private final Path work;
    private final long rows;
    private final long fileRows;
    private final int queries;
    private final String baseUrl;
    private final Map<String, String> results = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();

    private CustomerBaseBenchmark() {
        root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        work = root.resolve("target/benchmark");
        rows = Long.parseLong(System.getProperty("bench.rows", "1000000").replace("_", ""));
        fileRows = Math.min(rows, Long.parseLong(System.getProperty("bench.fileRows", "100000")));
        queries = Integer.parseInt(System.getProperty("bench.queries", "200"));
        String portbase = System.getenv("CRM_PORTBASE");
        int httpPort = (portbase == null || portbase.isBlank() ? 8000 : Integer.parseInt(portbase.strip())) + 80;
        baseUrl = "http://localhost:" + httpPort + "/crm/api/v1";
    }

    public static void main(String[] args) throws Exception {
        new CustomerBaseBenchmark().run();
    }

    private void run() throws Exception {
        log("Customer-base benchmark: " + rows + " counterparties, " + fileRows + " per CommerceML file, root " + root);
        crm("stop");
        if (Boolean.getBoolean("bench.searchOnly")) {
            // Search latency again on the database the last full run left in target/benchmark/db.
            try {
                startServer();
                log(String.format(Locale.ROOT, "Search only, on the existing database: %,d customers", total("page=0")));
                search();
            } finally {
                crm("stop");
            }
            report();
            return;
        }
        BenchFiles.deleteRecursively(work);
        Files.createDirectories(work);

        Path outbox = work.resolve("outbox");
        List<Path> files = generateFiles(outbox);

        double rawRate = rawJdbcLoad();
        if (Boolean.getBoolean("bench.rawOnly")) {
            results.put("Load, raw JDBC batch insert", String.format(Locale.ROOT, "%,.0f rows/s", rawRate));
            report();
            return;
        }

        boolean keep = Boolean.getBoolean("bench.keepServer");
        try {
            startServer();
            double productRate = productLoad(files);
            double ratio = productRate / rawRate;
            results.put("Load, product path (Camel -> StAX -> batches -> JPA)", String.format(Locale.ROOT, "%,.0f rows/s", productRate));
            results.put("Load, raw JDBC batch insert", String.format(Locale.ROOT, "%,.0f rows/s", rawRate));
            results.put("Ratio product / raw (target >= 0.30)", String.format(Locale.ROOT, "%.2f %s", ratio, ratio >= 0.3 ? "MET" : "NOT MET"));
            search();
        } finally {
            if (!keep) {
                crm("stop");
            }
        }
        report();
    }

    // ---------------------------------------------------------------- CommerceML files

    /** Streams the rows into files of {@code fileRows}; never holds more than one row in memory. */
    private List<Path> generateFiles(Path outbox) throws IOException {
        Files.createDirectories(outbox);
        long started = System.nanoTime();
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (long from = 0, n = 1; from < rows; from += fileRows, n++) {
            Path file = outbox.resolve(String.format("counterparties-%03d.xml", n));
            long to = Math.min(rows, from + fileRows);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
                out.write("<КоммерческаяИнформация ВерсияСхемы=\"2.10\" ДатаФормирования=\""
                        + LocalDateTime.now().withNano(0) + "\">\n<Контрагенты>\n");
                for (long i = from; i < to; i++) {
                    out.write("<Контрагент><Ид>" + SyntheticCounterparties.guid(i) + "</Ид>"
                            + "<Наименование>" + SyntheticCounterparties.name(i) + "</Наименование>"
                            + "<ПолноеНаименование>" + SyntheticCounterparties.fullName(i) + "</ПолноеНаименование>"
                            + "<ИНН>" + SyntheticCounterparties.inn(i) + "</ИНН><КПП>" + SyntheticCounterparties.kpp(i) + "</КПП>"
                            + "<Контакты><Контакт><Тип>Телефон рабочий</Тип><Значение>" + SyntheticCounterparties.phone(i)
                            + "</Значение></Контакт><Контакт><Тип>Почта</Тип><Значение>" + SyntheticCounterparties.email(i)
                            + "</Значение></Контакт></Контакты></Контрагент>\n");
                }
                out.write("</Контрагенты>\n</КоммерческаяИнформация>\n");
            }
            bytes += Files.size(file);
            files.add(file);
        }
        log(String.format(Locale.ROOT, "Generated %d CommerceML file(s), %,d MB, in %.1f s (not part of any figure)",
                files.size(), bytes >> 20, seconds(started)));
        results.put("CommerceML input", String.format(Locale.ROOT, "%d file(s), %,d MB", files.size(), bytes >> 20));
        return files;
    }

    // ---------------------------------------------------------------- raw JDBC floor

    /**
     * The same rows as the product writes for a new 1C counterparty (counterparty, its CLIENT role,
     * its 1C GUID, a work phone and a work e-mail), by plain batched INSERTs committed every 500
     * rows, into a fresh H2 file database migrated by the product's own Flyway scripts. The product
     * also writes one audit entry per created record; the floor does not, so the ratio is conservative.
     */
    private double rawJdbcLoad() throws SQLException {
        Path dir = work.resolve("raw");
        String url = "jdbc:h2:" + dir.resolve("bench") + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure()
                .dataSource(url, "crm", "crm")
                .locations("filesystem:" + root.resolve("crm-ejb/src/main/resources/db/migration"))
                .load().migrate();
        try (Connection db = DriverManager.getConnection(url, "crm", "crm")) {
            long category;
            try (PreparedStatement q = db.prepareStatement("select id from customer_category where code = 'FROM_1C'");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                category = rs.getLong(1);
            }
            db.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement cp = db.prepareStatement("insert into counterparty (id, kind, name, full_name, search_name,"
                    + " inn, kpp, ogrn, requisites_key, category_id, curator_id, head_office_id, legal_address, actual_address,"
                    + " notes, merged_into_id, created_at, updated_at, version)"
                    + " values (?, 'ORGANIZATION', ?, ?, ?, ?, ?, null, ?, ?, null, null, null, null, null, null, ?, ?, 1)");
                 PreparedStatement role = db.prepareStatement("insert into counterparty_role (counterparty_id, role) values (?, 'CLIENT')");
                 PreparedStatement ext = db.prepareStatement("insert into external_id (id, counterparty_id, id_system, id_value)"
                         + " values (?, ?, 'ONE_C', ?)");
                 PreparedStatement contact = db.prepareStatement("insert into contact_point (id, counterparty_id, contact_person_id,"
                         + " kind, purpose, raw_value, normalized, valid_from, valid_to) values (?, ?, null, ?, 'WORK', ?, ?, null, null)")) {
                long contactId = 1;
                for (long i = 0; i < rows; i++) {
                    long id = i + 1;
                    String name = SyntheticCounterparties.name(i);
                    String inn = SyntheticCounterparties.inn(i);
                    String kpp = SyntheticCounterparties.kpp(i);
                    Timestamp now = Timestamp.from(Instant.now());
                    cp.setLong(1, id);
                    cp.setString(2, name);
                    cp.setString(3, SyntheticCounterparties.fullName(i));
                    cp.setString(4, SearchName.of(name));
                    cp.setString(5, inn);
                    cp.setString(6, kpp);
                    cp.setString(7, inn + "/" + kpp);
                    cp.setLong(8, category);
                    cp.setTimestamp(9, now);
                    cp.setTimestamp(10, now);
                    cp.addBatch();
                    role.setLong(1, id);
                    role.addBatch();
                    ext.setLong(1, id);
                    ext.setLong(2, id);
                    ext.setString(3, SyntheticCounterparties.guid(i));
                    ext.addBatch();
                    contact.setLong(1, contactId++);
                    contact.setLong(2, id);
                    contact.setString(3, "PHONE");
                    contact.setString(4, SyntheticCounterparties.phone(i));
                    contact.setString(5, SyntheticCounterparties.phoneNormalized(i));
                    contact.addBatch();
                    contact.setLong(1, contactId++);
                    contact.setLong(2, id);
                    contact.setString(3, "EMAIL");
                    contact.setString(4, SyntheticCounterparties.email(i));
                    contact.setString(5, SyntheticCounterparties.email(i));
                    contact.addBatch();
                    if ((i + 1) % JDBC_BATCH == 0 || i + 1 == rows) {
                        cp.executeBatch();
                        role.executeBatch();
                        ext.executeBatch();
                        contact.executeBatch();
                        db.commit();
                    }
                    if ((i + 1) % 100_000 == 0) {
                        log(String.format(Locale.ROOT, "  raw JDBC: %,d rows, %.0f s", i + 1, seconds(started)));
                    }
                }
            }
            double elapsed = seconds(started);
            double rate = rows / elapsed;
            log(String.format(Locale.ROOT, "Raw JDBC: %,d rows in %.1f s = %,.0f rows/s", rows, elapsed, rate));
            results.put("Raw JDBC elapsed", String.format(Locale.ROOT, "%.1f s", elapsed));
            return rate;
        }
    }

    // ---------------------------------------------------------------- product path

    private void startServer() throws IOException, InterruptedException {
        Path db = work.resolve("db");
        Path inbox = work.resolve("inbox/1c");
        Files.createDirectories(db);
        Files.createDirectories(inbox);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CRM_DB_URL", "jdbc:h2:" + db.resolve("crm") + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH");
        env.put("CRM_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
        env.put("CRM_DB_USER", "crm");
        env.put("CRM_DB_PASSWORD", "crm");
        env.put("CRM_DEMO_DATA", "true");
        env.put("CRM_INBOX_1C", inbox.toString());
        crm(env, "start");
    }

    /**
     * Moves the ready files into the inbox (same file system: instant) and waits until the folder
     * route has journaled every one (moved to {@code .done/}) and the import route has finished
     * every journal message of the folder channel (it does so after the last batch committed).
     * The clock includes the routes' poll delays and the read-lock wait (about 3 s in all).
     */
    private double productLoad(List<Path> files) throws Exception {
        Path inbox = work.resolve("inbox/1c");
        long before = total("page=0");
        long started = System.nanoTime();
        for (Path file : files) {
            Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        Path failed = inbox.resolve(".failed");
        long reported = 0;
        while (true) {
            if (count(failed) > 0) {
                throw new IllegalStateException(count(failed) + " file(s) failed, see " + failed);
            }
            // One call every two seconds: each API call is a login (and an audit row) on the server under test.
            long finished = journaled("APPLIED");
            if (finished > reported) {
                reported = finished;
                log(String.format(Locale.ROOT, "  product: %d/%d file(s) applied, %.0f s", finished, files.size(), seconds(started)));
            }
            if (finished >= files.size()) {
                break;
            }
            if (journaled("RECEIVED") + journaled("PROCESSING") == 0 && count(inbox.resolve(".done")) == files.size()) {
                throw new IllegalStateException((files.size() - finished) + " file(s) were not applied completely;"
                        + " see GET /crm/api/v1/exchange/messages?channel=1c-folder");
            }
            Thread.sleep(2000);
        }
        double elapsed = seconds(started);
        long loaded = total("page=0") - before;
        if (loaded != rows) {
            log("WARNING: " + loaded + " of " + rows + " counterparties were created (the others matched existing customers or were refused; see the journal)");
        }
        double rate = loaded / elapsed;
        log(String.format(Locale.ROOT, "Product path: %,d rows in %.1f s = %,.0f rows/s", loaded, elapsed, rate));
        results.put("Product path elapsed", String.format(Locale.ROOT, "%.1f s (%,d rows created)", elapsed, loaded));
        return rate;
    }

    private static int count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return (int) list.filter(p -> p.getFileName().toString().endsWith(".xml")).count();
        }
    }

    // ---------------------------------------------------------------- search latency

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private void search() throws Exception {
        Random random = new Random(20261123L);
        LongFunction<String> byInn = i -> "inn=" + SyntheticCounterparties.inn(i);
        LongFunction<String> byName = i -> "q=" + encode(SyntheticCounterparties.namePrefix(i));
        LongFunction<String> byPhone = i -> "phone=" + encode(SyntheticCounterparties.phone(i));
        // warm-up: JIT, statement cache, H2 page cache
        for (int w = 0; w < 30; w++) {
            long i = Math.floorMod(random.nextLong(), rows);
            get(byInn.apply(i));
            get(byName.apply(i));
            get(byPhone.apply(i));
        }
        measure("Search by INN (inn=, exact)", byInn, random, 1, 1);
        measure("Search by name prefix (q=<word> <3 letters>)", byName, random, 1, Long.MAX_VALUE);
        measure("Search by phone (phone=, exact)", byPhone, random, 1, 1);
    }

    private void measure(String label, LongFunction<String> query, Random random, long minTotal, long maxTotal) throws Exception {
        double[] millis = new double[queries];
        long totals = 0;
        for (int k = 0; k < queries; k++) {
            long i = Math.floorMod(random.nextLong(), rows);
            String q = query.apply(i);
            long started = System.nanoTime();
            long total = get(q);
            millis[k] = (System.nanoTime() - started) / 1e6;
            if (total < minTotal || total > maxTotal) {
                throw new IllegalStateException(q + " found " + total + " customers, expected " + minTotal + ".." + maxTotal);
            }
            totals += total;
        }
        Arrays.sort(millis);
        double p50 = percentile(millis, 50);
        double p95 = percentile(millis, 95);
        log(String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d queries, %.0f matches on average)",
                label, p50, p95, millis[millis.length - 1], queries, (double) totals / queries));
        results.put(label + " p50 / p95 (target p95 < 50 ms)", String.format(Locale.ROOT, "%.1f ms / %.1f ms %s  (max %.1f ms, avg %.0f matches)",
                p50, p95, p95 < 50 ? "MET" : "NOT MET", millis[millis.length - 1], (double) totals / queries));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** GET /customers?...&size=20 as admin; returns the page's total. */
    /** Journal messages of the 1C folder channel in that status. */
    private long journaled(String status) throws IOException, InterruptedException {
        return get("exchange/messages", "channel=1c-folder&status=" + status + "&size=1");
    }

    private long get(String query) throws IOException, InterruptedException {
        return get("customers", query);
    }

    private long get(String resource, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + resource + "?" + query))
                .header("Authorization", authorization).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + query + " answered " + response.statusCode() + ": " + response.body());
        }
        Matcher total = TOTAL.matcher(response.body());
        if (!total.find()) {
            throw new IllegalStateException("No total in " + response.body());
        }
        return Long.parseLong(total.group(1));
    }

    private long total(String query) throws IOException, InterruptedException {
        return get(query + "&size=1");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- launcher, report, helpers

    private void crm(String command) throws IOException, InterruptedException {
        crm(Map.of(), command);
    }

    private void crm(Map<String, String> env, String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("crm").toString(), command)
                .directory(root.toFile()).inheritIO();
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("./crm " + command + " exited with " + exit);
        }
    }

    private void report() throws IOException {
        List<String> out = new ArrayList<>();
        out.add("Customer-base benchmark, " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.now(ZoneOffset.UTC).withNano(0)) + " UTC");
        out.add(String.format(Locale.ROOT, "Rows: %,d counterparties (each with 1 phone, 1 e-mail, 1C GUID, CLIENT role); %d cores; Java %s",
                rows, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        int width = results.keySet().stream().map(String::length).max(Comparator.naturalOrder()).orElse(10);
        out.add("-".repeat(width + 40));
        results.forEach((k, v) -> out.add(String.format("%-" + width + "s  %s", k, v)));
        out.add("-".repeat(width + 40));
        out.add("");
        out.add("Log:");
        out.addAll(lines);
        Files.write(work.resolve("customers.txt"), out, StandardCharsets.UTF_8);
        System.out.println();
        out.stream().takeWhile(l -> !l.equals("Log:")).forEach(System.out::println);
        System.out.println("Written to " + work.resolve("customers.txt"));
    }

    private void log(String line) {
        String stamped = LocalDateTime.now().withNano(0) + " [load " + loadAverage() + "] " + line;
        lines.add(stamped);
        System.out.println(stamped);
        System.out.flush();
    }

    /** The 1-minute load average (Linux), to tell a busy machine from a slow program. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

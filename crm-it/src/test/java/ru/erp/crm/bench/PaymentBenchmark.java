package ru.erp.crm.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.finance.entity.PaymentStatus;

/**
 * The payment-matching benchmark (BENCHMARKS.md): a fresh CRM started by {@code ./crm} on its own H2
 * database, seeded beforehand by JDBC with M customers and N open invoices ({@link FinanceSeed});
 * a 1CClientBankExchange statement of P incoming payments ({@link SyntheticPayments}) uploaded
 * through {@code POST /finance/statements} as the demo FINANCE user, into a BANK_STATEMENTS channel
 * the demo ERP administrator created through the API. The end-to-end rate is P over the journal's
 * own times, from the message's receipt (once the upload is stored) to its end (after the last
 * batch committed). Then the outcome is checked through the API: the payments per status and the
 * invoices per status equal what the generator expects. In the same run, with the CRM stopped: the
 * product's {@code PaymentMatcher} alone over the same data in memory ({@link InMemoryMatching}),
 * a separate figure.
 *
 * <p>System properties: {@code bench.payments} (default 100,000), {@code bench.invoices} (default:
 * as many as payments), {@code bench.customers} (default: a tenth of the payments),
 * {@code bench.keepServer}. The server is this checkout's {@code ./crm} with {@code CRM_PORTBASE}
 * from the environment, on {@code target/benchmark/payments}, so the demo database under data/ is
 * untouched. Prints and writes {@code target/benchmark/payments/payments.txt}; a failed check fails
 * the build.
 */
public final class PaymentBenchmark {

    static final Charset STATEMENT_ENCODING = Charset.forName("windows-1251");
    static final String PASSWORD = CatalogueBenchmark.PASSWORD;
    private static final String CHANNEL = "bank-bench";
    private static final int REST_SAMPLE = 200;
    private static final Duration APPLY_TIMEOUT = Duration.ofMinutes(60);
    /** Every API call logs in and writes an audit entry: polling faster would load the server being measured. */
    private static final long POLL_MILLIS = 1000;

    private final Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    private final Path work = root.resolve("target/benchmark/payments");
    private final SyntheticPayments data = dataFromProperties();
    private final String crmUrl = CatalogueBenchmark.crmUrl();
    private final CrmProcess crm = new CrmProcess(root);
    private final BenchLog log = new BenchLog("Payment-matching benchmark");
    private final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new PaymentBenchmark().run();
    }

    /** The data the benchmark properties describe, dated today. */
    static SyntheticPayments dataFromProperties() {
        long payments = number("bench.payments", 100_000);
        return new SyntheticPayments((int) number("bench.customers", Math.max(1, payments / 10)),
                number("bench.invoices", payments), payments, LocalDate.now());
    }

    private static long number(String property, long otherwise) {
        String value = System.getProperty(property, "");
        return value.isBlank() ? otherwise : Long.parseLong(value.strip().replace("_", ""));
    }

    private void run() throws Exception {
        log.log(String.format(Locale.ROOT, "Payment-matching benchmark: %,d payments, %,d open invoices of %,d customers,"
                + " root %s", data.payments(), data.invoices(), data.customers(), root));
        crm.stop();
        Files.createDirectories(work.getParent());
        BenchFiles.deleteRecursively(work);
        Path statement = Files.createDirectories(work.resolve("upload")).resolve("kl_to_1c.txt");
        long started = System.nanoTime();
        long bytes = data.writeStatement(statement, STATEMENT_ENCODING);
        log.result("Statement (1CClientBankExchange 1.03, windows-1251)", String.format(Locale.ROOT,
                "%,d payments, %,d KB (written in %.1f s)", data.payments(), bytes >> 10, BenchLog.seconds(started)));
        log.log("  expected payments " + data.expectedPayments() + ", invoices " + data.expectedInvoices());

        inMemory();
        Map<String, String> env = CatalogueBenchmark.serverEnvironment(work, "");
        seed(env.get("CRM_DB_URL"));
        boolean keep = Boolean.getBoolean("bench.keepServer");
        try {
            crm.start(env);
            CrmRest finance = new CrmRest(crmUrl, "finance", PASSWORD);
            CrmRest erp = new CrmRest(crmUrl, "erpadmin", PASSWORD);
            long restInvoices = restSample(finance);
            createBankChannel(erp);
            long messageId = upload(finance, statement);
            endToEnd(erp, messageId);
            check(finance, restInvoices);
        } finally {
            if (!keep) {
                crm.stop();
            }
        }
        log.result("Check via REST against the generator's expectations", problems.isEmpty() ? "PASS" : "FAIL: " + problems);
        log.write(work.resolve("payments.txt"), String.format(Locale.ROOT, "Payments: %,d; open invoices: %,d; customers: %,d",
                data.payments(), data.invoices(), data.customers()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The CRM's outcome differs from the generator's: " + problems);
        }
    }

    /** The matcher alone, twice on fresh invoices: the first pass includes the JIT's warm-up. */
    private void inMemory() {
        for (int pass = 1; pass <= 2; pass++) {
            InMemoryMatching.Outcome outcome = InMemoryMatching.run(data);
            log.result("PaymentMatcher alone, in memory, no database (pass " + pass + ")", String.format(Locale.ROOT,
                    "%,d payments in %.2f s = %,.0f payments/s", data.payments(), outcome.seconds(), outcome.rate(data.payments())));
            compare("in-memory payments", data.expectedPayments(), named(outcome.payments()), problems);
            compare("in-memory invoices", data.expectedInvoices(), named(outcome.invoices()), problems);
        }
    }

    /** Migrates the server's database with the product's scripts and seeds it, before the server starts. */
    private void seed(String url) throws Exception {
        Flyway.configure().dataSource(url, "crm", "crm")
                .locations("filesystem:" + root.resolve("crm-ejb/src/main/resources/db/migration")).load().migrate();
        long started = System.nanoTime();
        long rows;
        try (Connection db = DriverManager.getConnection(url, "crm", "crm")) {
            rows = new FinanceSeed(db).seed(data);
        }
        double seconds = BenchLog.seconds(started);
        log.result("Seed by JDBC (customers, their roles, open invoices)", String.format(Locale.ROOT,
                "%,d rows in %.1f s = %,.0f rows/s", rows, seconds, rows / seconds));
    }

    /**
     * What seeding through the API would cost: a few invoices created one by one, as a user would,
     * for a demo customer (category KEY) that pays nothing in the statement.
     */
    private long restSample(CrmRest finance) throws Exception {
        long customer = finance.get("customers?size=1&category=KEY")
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate day = data.day();
        long started = System.nanoTime();
        for (int i = 0; i < REST_SAMPLE; i++) {
            finance.post("finance/invoices", String.format(Locale.ROOT, "{\"customerId\": %d, \"number\": \"REST-%d\","
                            + " \"date\": \"%s\", \"amount\": %d.77, \"dueDate\": \"%s\"}", customer, i, day, 900 + i, day.plusDays(30)),
                    201);
        }
        double seconds = BenchLog.seconds(started);
        log.result("Seeding through the API instead (sample, POST finance/invoices one by one)", String.format(Locale.ROOT,
                "%d invoices in %.1f s = %,.0f invoices/s", REST_SAMPLE, seconds, REST_SAMPLE / seconds));
        return REST_SAMPLE;
    }

    private void createBankChannel(CrmRest erp) throws Exception {
        Path folder = Files.createDirectories(work.resolve("bank-inbox"));
        JsonObject channel = erp.post("exchange/channels", String.format(Locale.ROOT, "{\"code\": \"%s\", \"name\":"
                        + " \"Банк-клиент (бенчмарк)\", \"kind\": \"BANK_STATEMENTS\", \"folder\": \"%s\","
                        + " \"pollIntervalSeconds\": 5, \"encoding\": \"windows-1251\"}", CHANNEL,
                folder.toString().replace('\\', '/')), 201);
        erp.post("exchange/channels/" + channel.getJsonNumber("id").longValue() + "/enable", "{}", 200);
        log.log("  channel " + CHANNEL + " (BANK_STATEMENTS) created and enabled as erpadmin");
    }

    /** Uploads the statement as FINANCE; returns the journal message id from the 202's Location. */
    private long upload(CrmRest finance, Path statement) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = finance.upload("finance/statements?filename=" + statement.getFileName(), statement);
        JsonObject accepted = CrmRest.answer("POST finance/statements", response, 202);
        String location = response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("202 without a Location"));
        long id = accepted.getJsonNumber("messageId").longValue();
        if (!URI.create(location).getPath().endsWith("/finance/statements/" + id)) {
            problems.add("Location " + location + " does not name message " + id);
        }
        log.result("Upload (HTTP + journaling: gzip into the database)", String.format(Locale.ROOT,
                "%.1f s, 202, message %d", BenchLog.seconds(started), id));
        awaitFinished(finance, id, started);
        return id;
    }

    /** Follows the upload the way the FINANCE page does, until it is finished. */
    private void awaitFinished(CrmRest finance, long id, long started) throws Exception {
        Instant deadline = Instant.now().plus(APPLY_TIMEOUT);
        JsonObject progress = finance.get("finance/statements/" + id);
        int shown = 0;
        while (!progress.getBoolean("finished")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Statement " + id + " not finished after " + APPLY_TIMEOUT + ": " + progress);
            }
            Thread.sleep(POLL_MILLIS);
            progress = finance.get("finance/statements/" + id);
            if (progress.getInt("read") / 20_000 > shown) {
                shown = progress.getInt("read") / 20_000;
                log.log(String.format(Locale.ROOT, "  %,d read, %,d applied, %.1f s", progress.getInt("read"),
                        progress.getInt("applied"), BenchLog.seconds(started)));
            }
        }
        log.result("Client: upload start to finished seen (polling every second)", String.format(Locale.ROOT,
                "%.1f s = %,.0f payments/s; %s", BenchLog.seconds(started), data.payments() / BenchLog.seconds(started), progress));
    }

    /** The journal's own times of the message: received (stored), started (claimed), finished. */
    private void endToEnd(CrmRest erp, long id) throws Exception {
        JsonObject message = erp.get("exchange/messages/" + id);
        Instant received = Instant.parse(message.getString("receivedAt"));
        Instant claimed = Instant.parse(message.getString("startedAt"));
        Instant finished = Instant.parse(message.getString("finishedAt"));
        double total = Duration.between(received, finished).toMillis() / 1000.0;
        double applying = Duration.between(claimed, finished).toMillis() / 1000.0;
        log.result("End to end: journaled -> APPLIED (journal times, target >= 10,000/s)", String.format(Locale.ROOT,
                "%,d payments in %.1f s = %,.0f payments/s %s", data.payments(), total, data.payments() / total,
                data.payments() / total >= 10_000 ? "MET" : "NOT MET"));
        log.result("  of which the route: claimed -> APPLIED (payload out, reader, batches of 1,000)", String.format(Locale.ROOT,
                "%.1f s = %,.0f payments/s (waiting for the route's poll: %.1f s)", applying, data.payments() / applying,
                total - applying));
        expect("journal status", "APPLIED", message.getString("status"));
        expect("journal read", data.payments(), message.getInt("read"));
        expect("journal applied", data.payments(), message.getInt("applied"));
        expect("journal skipped + failed", 0, message.getInt("skipped") + message.getInt("failed"));
    }

    /** Payments and invoices per status, counted by the API, against the generator's expectations. */
    private void check(CrmRest finance, long restInvoices) throws Exception {
        Map<String, Long> payments = new TreeMap<>();
        for (PaymentStatus status : PaymentStatus.values()) {
            payments.put(status.name(), finance.total("finance/payments?size=1&status=" + status));
        }
        Map<String, Long> invoices = new TreeMap<>();
        for (InvoiceStatus status : InvoiceStatus.values()) {
            invoices.put(status.name(), finance.total("finance/invoices?size=1&status=" + status));
        }
        invoices.merge(InvoiceStatus.UNPAID.name(), -restInvoices, Long::sum);
        log.log("  via REST: payments " + payments + ", invoices " + invoices + " (without the " + restInvoices
                + " created through the API)");
        compare("payments", data.expectedPayments(), payments, problems);
        compare("invoices", data.expectedInvoices(), invoices, problems);
    }

    private void expect(String what, Object expected, Object actual) {
        if (!String.valueOf(expected).equals(String.valueOf(actual))) {
            problems.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    /** Adds a problem for every status whose count differs (a status absent from {@code actual} counts 0). */
    static <E extends Enum<E>> void compare(String what, Map<E, Long> expected, Map<String, Long> actual, List<String> problems) {
        expected.forEach((status, count) -> {
            long got = actual.getOrDefault(status.name(), 0L);
            if (got != count) {
                problems.add(what + " " + status + ": expected " + count + ", got " + got);
            }
        });
        actual.keySet().stream().filter(name -> expected.keySet().stream().noneMatch(s -> s.name().equals(name)))
                .forEach(name -> problems.add(what + ": unexpected status " + name));
    }

    private static <E extends Enum<E>> Map<String, Long> named(Map<E, Long> counts) {
        Map<String, Long> named = new TreeMap<>();
        counts.forEach((status, count) -> named.put(status.name(), count));
        return named;
    }
}

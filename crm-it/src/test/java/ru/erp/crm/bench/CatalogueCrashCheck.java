package ru.erp.crm.bench;

import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The crash-safety check (BENCHMARKS.md): starts a fresh CRM, sends a synthetic catalogue of N
 * products over the 1C protocol, and {@code kill -9}s this checkout's Payara process while the
 * catalogue route is in the middle of import.xml (the journal shows the message PROCESSING with
 * elements applied). Then it starts the CRM again, lets the route resume (the journal requeues the
 * interrupted message at start-up) while 1C repeats the exchange in a new session, as 1C does after
 * a failed one, and sends offers.xml. PASS when, through the REST API, the catalogue holds exactly N
 * products more than before, none twice, and a sample has the right prices and stock.
 *
 * <p>System properties: {@code bench.products} (default 100,000), {@code bench.encoding}.
 * Results go to {@code target/benchmark/catalogue-crash/crash.txt}.
 */
public final class CatalogueCrashCheck {

    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private final Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    private final Path work = root.resolve("target/benchmark/catalogue-crash");
    private final long products = Long.parseLong(System.getProperty("bench.products", "100000").replace("_", ""));
    private final Charset encoding = Charset.forName(System.getProperty("bench.encoding", "windows-1251"));
    private final String crmUrl = CatalogueBenchmark.crmUrl();
    private final CrmProcess crm = new CrmProcess(root);
    private final BenchLog log = new BenchLog("Catalogue crash check");

    public static void main(String[] args) throws Exception {
        new CatalogueCrashCheck().run();
    }

    private void run() throws Exception {
        log.log(String.format(Locale.ROOT, "Crash check: %,d products, root %s", products, root));
        crm.stop();
        Files.createDirectories(work.getParent());
        BenchFiles.deleteRecursively(work);
        Path outbox = Files.createDirectories(work.resolve("outbox"));
        Path importXml = outbox.resolve("import.xml");
        Path offersXml = outbox.resolve("offers.xml");
        SyntheticCatalogue.writeImport(importXml, products, encoding);
        SyntheticCatalogue.writeOffers(offersXml, products, encoding);

        boolean passed = false;
        try {
            crm.start(CatalogueBenchmark.serverEnvironment(work, ""));
            CrmRest admin = new CrmRest(crmUrl, "admin", CatalogueBenchmark.PASSWORD);
            CrmRest erp = new CrmRest(crmUrl, "erpadmin", CatalogueBenchmark.PASSWORD);
            long before = admin.productTotal();

            SiteExchangeClient onec = exchange();
            onec.upload(importXml);
            log.log("import.xml uploaded; first import call: " + onec.startImport("import.xml"));
            JsonObject interrupted = waitForMidImport(erp);
            long pid = crm.killHard();
            log.result("Killed (kill -9) while importing", String.format(Locale.ROOT, "pid %d, message %d %s with %,d applied of %,d",
                    pid, interrupted.getJsonNumber("id").longValue(), interrupted.getString("status"),
                    interrupted.getInt("applied"), products));

            crm.start(CatalogueBenchmark.serverEnvironment(work, ""));
            long restarted = System.nanoTime();
            SiteExchangeClient again = exchange();
            again.upload(importXml);
            List<String> resumed = again.importUntilDone("import.xml");
            log.result("import.xml after the restart", String.format(Locale.ROOT, "%s (%.1f s)", resumed, BenchLog.seconds(restarted)));
            again.upload(offersXml);
            List<String> offers = again.importUntilDone("offers.xml");
            log.result("offers.xml", offers.toString());

            List<String> problems = new CatalogueContents(admin, products).problems(before, 200, 20261124L);
            long total = admin.productTotal();
            log.result("Products via REST", String.format(Locale.ROOT, "%,d (before %,d, expected %,d more)", total, before, products));
            passed = problems.isEmpty() && "success".equals(resumed.get(0)) && "success".equals(offers.get(0));
            log.result("Verdict", passed ? "PASS" : "FAIL " + problems);
        } finally {
            crm.stop();
        }
        log.write(work.resolve("crash.txt"), String.format(Locale.ROOT, "Products: %,d", products));
        if (!passed) {
            throw new IllegalStateException("Crash check FAILED, see " + work.resolve("crash.txt"));
        }
    }

    private SiteExchangeClient exchange() throws Exception {
        SiteExchangeClient onec = new SiteExchangeClient(crmUrl, CatalogueBenchmark.CHANNEL_CHARSET);
        onec.open(CatalogueBenchmark.CHANNEL_LOGIN, CatalogueBenchmark.PASSWORD);
        return onec;
    }

    /** Polls the journal until the catalogue message is PROCESSING with elements applied; returns it. */
    private JsonObject waitForMidImport(CrmRest erp) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonObject> message = erp.get("exchange/messages?channel=1c-site&size=20").getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(m -> "import.xml".equals(m.getString("sourceName")))
                    .findFirst();
            if (message.isPresent()) {
                String status = message.get().getString("status");
                if ("PROCESSING".equals(status) && message.get().getInt("applied") > 0) {
                    return message.get();
                }
                if (!"RECEIVED".equals(status) && !"PROCESSING".equals(status)) {
                    throw new IllegalStateException("import.xml ended before it could be interrupted: " + message.get()
                            + "; use more products");
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("import.xml never started within " + PATIENCE);
    }
}
